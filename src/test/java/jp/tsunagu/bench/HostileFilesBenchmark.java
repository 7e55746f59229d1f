package jp.tsunagu.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.registrant.HostileFiles;

/**
 * Imports each file of the crafted corpus (issue 14), plus a CSV just under the import's size cap,
 * from the command line under {@code -Xmx256m}, JVM start included: {@code java -Xmx256m -jar
 * target/tsunagu.jar import FILE --dry-run}. Every run must end within 5 s with exit status 0
 * (read) or 1 (refused with a message), never with an out-of-memory error or a stack trace.
 * The budget is judged on CPU time (user + system, from {@code /usr/bin/time -v}), which depends
 * far less on the load of a shared machine than wall time; both are printed, with the peak RSS.
 * The CSV at the size cap is a realistic list of some 130,000 rows: it must not run out of
 * memory, and is timed but not held to the 5 s of a crafted file.
 */
public final class HostileFilesBenchmark {
    private static final long BUDGET_MS = 5_000;

    private HostileFilesBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/tsunagu.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Build the jar first: mvn -B -q -DskipTests package (" + jar + ")");
        }
        Path dir = Files.createTempDirectory("tsunagu-hostile-bench");
        Map<String, Path> files = new LinkedHashMap<>(HostileFiles.writeAll(dir));
        files.put("at-the-cap.csv", bigCsv(dir.resolve("at-the-cap.csv"), 19L * 1024 * 1024));
        files.put("over-the-cap.csv", bigCsv(dir.resolve("over-the-cap.csv"), 49L * 1024 * 1024));

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path store = dir.resolve("bench.db");
        run(
                List.of(java, "-jar", jar.toString(), "--data", store.toString(), "event", "new", "--name", "bench"),
                dir.resolve("event.log"));
        long worst = 0;
        boolean allWell = true;
        for (Map.Entry<String, Path> file : files.entrySet()) {
            Path log = dir.resolve(file.getKey() + ".log");
            long start = System.nanoTime();
            int code = run(
                    List.of(
                            "/usr/bin/time",
                            "-v",
                            java,
                            "-Xmx256m",
                            "-jar",
                            jar.toString(),
                            "--data",
                            store.toString(),
                            "import",
                            file.getValue().toString(),
                            "--dry-run"),
                    log);
            long ms = (System.nanoTime() - start) / 1_000_000;
            String out = Files.readString(log, StandardCharsets.UTF_8);
            String said = out.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
            long cpuMs = Math.round(
                    (seconds("User time (seconds): ", out) + seconds("System time (seconds): ", out)) * 1000);
            long rssMb = (long) seconds("Maximum resident set size (kbytes): ", out) / 1024;
            boolean clean = (code == 0 || code == 1)
                    && !out.contains("OutOfMemory")
                    && !out.contains("Exception")
                    && !out.contains("\tat ");
            boolean crafted = !file.getKey().startsWith("at-the-cap");
            boolean well = clean && (!crafted || cpuMs <= BUDGET_MS);
            allWell &= well;
            if (crafted) {
                worst = Math.max(worst, cpuMs);
            }
            System.out.printf(
                    "%-26s %6d ms wall %6d ms CPU %4d MB RSS  exit %d  %s  %s%n",
                    file.getKey(),
                    ms,
                    cpuMs,
                    rssMb,
                    code,
                    well ? "ok  " : "FAIL",
                    said.length() > 90 ? said.substring(0, 90) : said);
        }
        System.out.printf(
                "load average now: %s%n",
                Files.readString(Path.of("/proc/loadavg")).strip());
        System.out.printf(
                "HostileFilesBenchmark: %d files under -Xmx256m, slowest crafted file %d ms CPU (budget %d ms each): %s%n",
                files.size(), worst, BUDGET_MS, allWell ? "all within budget, none crashed" : "SOME FAILED");
    }

    private static double seconds(String label, String text) {
        int at = text.indexOf(label);
        if (at < 0) {
            return Double.NaN;
        }
        String rest = text.substring(at + label.length());
        int end = rest.indexOf('\n');
        return Double.parseDouble((end < 0 ? rest : rest.substring(0, end)).strip());
    }

    /** A registration CSV of about {@code bytes}: the realistic columns, many rows. */
    private static Path bigCsv(Path file, long bytes) throws IOException {
        StringBuilder row = new StringBuilder();
        List<String> lines = new ArrayList<>();
        lines.add("氏名,ふりがな,会社名,メールアドレス,電話番号,参加希望テーマ [第1希望],ご意見");
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(lines.getFirst());
            out.write("\r\n");
            long written = 0;
            for (int i = 0; written < bytes; i++) {
                row.setLength(0);
                row.append("山田 太郎")
                        .append(i)
                        .append(",やまだ たろう,株式会社やまだ")
                        .append(i % 500)
                        .append(",taro")
                        .append(i)
                        .append("@example.jp,0537-22-")
                        .append(1000 + i % 9000)
                        .append(",")
                        .append(1 + i % 7)
                        .append(",地域の未来について話したいです。\r\n");
                out.write(row.toString());
                written += row.toString().getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return file;
    }

    private static int run(List<String> command, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return p.waitFor();
    }
}
