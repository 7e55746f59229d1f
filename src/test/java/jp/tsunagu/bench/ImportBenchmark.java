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
        List<Long> baselineMillis = new ArrayList<>();
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
            System.out.printf("run %d: %d ms wall, %.2f s CPU (user+sys), max RSS %d MB", run, ms, cpu, rss / 1024);
            String baseline = System.getenv("BENCH_BASELINE");
            if (baseline != null) {
                // The same import from the baseline jar, right after, into a store of its own.
                Path other = dir.resolve("baseline-run" + run + ".db");
                exec(
                        List.of(java, "-jar", baseline, "--data", other.toString(), "event", "new", "--name", "bench"),
                        dir.resolve("event.log"));
                Path otherLog = dir.resolve("baseline-run" + run + ".log");
                List<String> again =
                        new ArrayList<>(List.of("/usr/bin/time", "-v", java, "-Xmx512m", "-jar", baseline));
                again.addAll(List.of("--data", other.toString(), "import", workbook.toString(), "--json"));
                long before = System.nanoTime();
                exec(again, otherLog);
                long otherMs = (System.nanoTime() - before) / 1_000_000;
                String otherOut = Files.readString(otherLog, StandardCharsets.UTF_8);
                baselineMillis.add(otherMs);
                System.out.printf(
                        "; baseline %d ms wall, %.2f s CPU", otherMs, seconds(USER, otherOut) + seconds(SYS, otherOut));
            }
            System.out.println();
        }
        if (!baselineMillis.isEmpty()) {
            System.out.printf(
                    "baseline import median %d ms%n",
                    baselineMillis.stream().sorted().toList().get(baselineMillis.size() / 2));
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

    /**
     * {@code assign} on 140 people, five runs, each a fresh JVM: median wall time against the 1 s budget. Each run is
     * followed by {@code event list} on the same store (the floor: JVM, command line and store, nothing solved) and,
     * with {@code BENCH_BASELINE=other.jar}, by the same {@code assign} from that jar, so that a loaded machine weighs
     * on all three alike. One more run with {@code -Dtsunagu.seating.trace} prints where the time goes.
     */
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
        String baseline = System.getenv("BENCH_BASELINE");
        // The baseline jar gets a store of its own: an older jar refuses a store a newer one migrated.
        Path baselineStore = dir.resolve("assign-baseline.db");
        if (baseline != null) {
            exec(
                    List.of(
                            java,
                            "-jar",
                            baseline,
                            "--data",
                            baselineStore.toString(),
                            "event",
                            "new",
                            "--name",
                            "bench"),
                    dir.resolve("baseline-event.log"));
            exec(
                    List.of(java, "-jar", baseline, "--data", baselineStore.toString(), "import", workbook.toString()),
                    dir.resolve("baseline-import.log"));
        }
        List<Run> assign = new ArrayList<>();
        List<Run> floor = new ArrayList<>();
        List<Run> before = new ArrayList<>();
        for (int run = 1; run <= RUNS; run++) {
            Run a = timed(java, jar, store, dir.resolve("assign" + run + ".log"), "\"score\"", "--json", "assign");
            Run f = timed(java, jar, store, dir.resolve("list" + run + ".log"), "bench", "event", "list");
            assign.add(a);
            floor.add(f);
            System.out.printf(
                    "assign run %d: %d ms wall, %.2f s CPU (user+sys); event list %d ms wall, %.2f s CPU",
                    run, a.millis(), a.cpu(), f.millis(), f.cpu());
            if (baseline != null) {
                Run b = timed(
                        java,
                        Path.of(baseline),
                        baselineStore,
                        dir.resolve("baseline" + run + ".log"),
                        "\"score\"",
                        "--json",
                        "assign");
                before.add(b);
                System.out.printf("; baseline assign %d ms wall, %.2f s CPU", b.millis(), b.cpu());
            }
            System.out.println();
        }
        Path traced = dir.resolve("assign-trace.log");
        exec(
                List.of(
                        java,
                        "-Xmx512m",
                        "-Dtsunagu.seating.trace=true",
                        "-jar",
                        jar.toString(),
                        "--data",
                        store.toString(),
                        "--json",
                        "assign"),
                traced);
        System.out.println("one traced run (ms after the JVM started):");
        Files.readAllLines(traced, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("{"))
                .forEach(l -> System.out.println("  " + l));
        System.out.printf(
                "load average now: %s%n",
                Files.readString(Path.of("/proc/loadavg")).strip());
        long median = median(assign, Run::millis);
        System.out.printf(
                "AssignBenchmark: %d people from the command line, median %d ms all told, %.2f s CPU (budget 1000 ms): %s;"
                        + " event list median %d ms, %.2f s CPU%s%n",
                ASSIGN_PEOPLE,
                median,
                median(assign, Run::cpu),
                median <= 1000 ? "within budget" : "OVER BUDGET",
                median(floor, Run::millis),
                median(floor, Run::cpu),
                before.isEmpty()
                        ? ""
                        : String.format(
                                "; baseline assign median %d ms, %.2f s CPU",
                                median(before, Run::millis), median(before, Run::cpu)));
    }

    /** One command's wall time and CPU time. */
    private record Run(long millis, double cpu) {}

    private static Run timed(String java, Path jar, Path store, Path log, String expected, String... args)
            throws Exception {
        List<String> command = new ArrayList<>(
                List.of("/usr/bin/time", "-v", java, "-Xmx512m", "-jar", jar.toString(), "--data", store.toString()));
        command.addAll(List.of(args));
        long start = System.nanoTime();
        exec(command, log);
        long ms = (System.nanoTime() - start) / 1_000_000;
        String out = Files.readString(log, StandardCharsets.UTF_8);
        if (!out.contains(expected)) {
            throw new IllegalStateException(String.join(" ", args) + " printed no " + expected + ":\n" + out);
        }
        return new Run(ms, seconds(USER, out) + seconds(SYS, out));
    }

    private static <T extends Comparable<T>> T median(List<Run> runs, java.util.function.Function<Run, T> value) {
        List<T> sorted = runs.stream().map(value).sorted().toList();
        return sorted.get(sorted.size() / 2);
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
