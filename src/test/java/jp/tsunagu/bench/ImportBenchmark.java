package jp.tsunagu.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.tsunagu.registrant.SampleDataWriter;

/**
 * Imports a 5,000-row workbook in the sample layout from the command line, JVM start included:
 * {@code java -Xmx512m -jar target/tsunagu.jar import ...} five times as a subprocess, each into a
 * fresh store, timed from outside and measured with {@code /usr/bin/time -v} (peak RSS). A run
 * that passes under {@code -Xmx512m} kept its heap within 512 MB.
 * Budget (issue 3): median at most 3 s, heap at most 512 MB.
 *
 * <p>Then {@code assign} on 140 people from the command line, all told (JVM start and the native solver's load
 * included), five times: budget (issue 12) median under 1 s. On a shared, loaded machine wall time says more about
 * the neighbours than about the app, so the CPU time and the load average are printed beside it.
 */
public final class ImportBenchmark {

    private static final int ROWS = 5_000;
    private static final int RUNS = 5;
    private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
    private static final Pattern USER = Pattern.compile("User time \\(seconds\\): ([0-9.]+)");
    private static final Pattern SYS = Pattern.compile("System time \\(seconds\\): ([0-9.]+)");

    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/tsunagu.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Build the jar first: mvn -B -q -DskipTests package (" + jar + ")");
        }
        Path dir = Files.createTempDirectory("tsunagu-import-bench");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        if ("assign".equals(System.getenv("BENCH_ONLY"))) {
            assign(jar, java, dir);
            return;
        }
        Path workbook = dir.resolve("registrants-5000.xlsx");
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(SampleDataWriter.formHeader()));
        rows.addAll(SampleDataWriter.answers(ROWS, new Random(5000), LocalDateTime.of(2026, 9, 1, 9, 0)));
        SampleDataWriter.writeFormWorkbook(workbook, rows);
        System.out.printf("workbook: %d rows, %d KB%n", ROWS, Files.size(workbook) / 1024);

        List<Long> millis = new ArrayList<>();
        long peakRssKb = 0;
        for (int run = 1; run <= RUNS; run++) {
            Path store = dir.resolve("run" + run + ".db");
            exec(
                    List.of(
                            java,
                            "-jar",
                            jar.toString(),
                            "--data",
                            store.toString(),
                            "event",
                            "new",
                            "--name",
                            "bench"),
                    dir.resolve("event.log"));
            Path log = dir.resolve("run" + run + ".log");
            List<String> command =
                    new ArrayList<>(List.of("/usr/bin/time", "-v", java, "-Xmx512m", "-jar", jar.toString()));
            command.addAll(List.of("--data", store.toString(), "import", workbook.toString(), "--json"));
            long start = System.nanoTime();
            exec(command, log);
            long ms = (System.nanoTime() - start) / 1_000_000;
            String out = Files.readString(log, StandardCharsets.UTF_8);
            if (!out.contains("\"added\":" + ROWS)) {
                throw new IllegalStateException("import did not add " + ROWS + " people:\n" + out);
            }
            Matcher m = RSS.matcher(out);
            long rss = m.find() ? Long.parseLong(m.group(1)) : -1;
            peakRssKb = Math.max(peakRssKb, rss);
            millis.add(ms);
            double cpu = seconds(USER, out) + seconds(SYS, out);
            System.out.printf("run %d: %d ms wall, %.2f s CPU (user+sys), max RSS %d MB%n", run, ms, cpu, rss / 1024);
        }
        List<Long> sorted = millis.stream().sorted().toList();
        long median = sorted.get(sorted.size() / 2);
        System.out.printf(
                "load average now: %s%n",
                Files.readString(Path.of("/proc/loadavg")).strip());
        System.out.printf(
                "ImportBenchmark: %d rows, median %d ms (budget 3000), peak RSS %d MB, heap capped at -Xmx512m (budget 512 MB): %s%n",
                ROWS, median, peakRssKb / 1024, median <= 3000 ? "within budget" : "OVER BUDGET");
        assign(jar, java, dir);
    }

    private static final int ASSIGN_PEOPLE = 140;

    /** {@code assign} on 140 people, five runs, each a fresh JVM: median wall time against the 1 s budget. */
    private static void assign(Path jar, String java, Path dir) throws Exception {
        Path workbook = dir.resolve("registrants-140.xlsx");
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(SampleDataWriter.formHeader()));
        rows.addAll(SampleDataWriter.answers(ASSIGN_PEOPLE, new Random(140), LocalDateTime.of(2026, 9, 1, 9, 0)));
        SampleDataWriter.writeFormWorkbook(workbook, rows);
        Path store = dir.resolve("assign.db");
        exec(
                List.of(java, "-jar", jar.toString(), "--data", store.toString(), "event", "new", "--name", "bench"),
                dir.resolve("assign-event.log"));
        exec(
                List.of(java, "-jar", jar.toString(), "--data", store.toString(), "import", workbook.toString()),
                dir.resolve("assign-import.log"));
        List<Long> millis = new ArrayList<>();
        for (int run = 1; run <= RUNS; run++) {
            Path log = dir.resolve("assign" + run + ".log");
            List<String> command = List.of(
                    "/usr/bin/time",
                    "-v",
                    java,
                    "-Xmx512m",
                    "-jar",
                    jar.toString(),
                    "--data",
                    store.toString(),
                    "--json",
                    "assign");
            long start = System.nanoTime();
            exec(command, log);
            long ms = (System.nanoTime() - start) / 1_000_000;
            String out = Files.readString(log, StandardCharsets.UTF_8);
            if (!out.contains("\"score\"")) {
                throw new IllegalStateException("assign printed no score:\n" + out);
            }
            millis.add(ms);
            double cpu = seconds(USER, out) + seconds(SYS, out);
            System.out.printf("assign run %d: %d ms wall, %.2f s CPU (user+sys)%n", run, ms, cpu);
        }
        long median = millis.stream().sorted().toList().get(millis.size() / 2);
        System.out.printf(
                "load average now: %s%n",
                Files.readString(Path.of("/proc/loadavg")).strip());
        System.out.printf(
                "AssignBenchmark: %d people from the command line, median %d ms all told (budget 1000): %s%n",
                ASSIGN_PEOPLE, median, median <= 1000 ? "within budget" : "OVER BUDGET");
    }

    private static double seconds(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    private static void exec(List<String> command, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        int code = p.waitFor();
        if (code != 0) {
            throw new IllegalStateException(
                    String.join(" ", command) + " exited " + code + ":\n" + Files.readString(log));
        }
    }
}
