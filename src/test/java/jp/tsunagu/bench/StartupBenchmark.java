package jp.tsunagu.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.event.EventDetails;

/**
 * The two start-up budgets of the foundation, measured on the built jar as a user starts it:
 *
 * <ol>
 *   <li>from launch to a usable window: {@code java -jar target/tsunagu.jar} with
 *       {@code -Dtsunagu.startupProbe=true}, which makes the app print {@code TSUNAGU_READY} once the
 *       main window is shown and quit; median of 5 starts, budget 2.5 s;
 *   <li>{@code java -jar target/tsunagu.jar --data STORE event list} on a store with 20 events;
 *       median of 5 runs, budget 1 s.
 * </ol>
 *
 * Each start is a new JVM (cold for the JVM; the disk cache is whatever the machine has). The window
 * needs a display: run {@code xvfb-run -a mvn -B -q -Pbench package -Dbench=StartupBenchmark} on a
 * machine without one. Where {@code mvn -Pinstaller} has built the app image, its launcher
 * ({@code target/installer/image/Tsunagu/bin/Tsunagu}) is measured the same way for comparison, and
 * so is the installed {@code .deb}'s ({@code /opt/tsunagu/bin/Tsunagu}, or {@code -Dtsunagu.installed=PATH}):
 * the ratios of their medians to {@code java -jar}'s come from the same run.
 */
public final class StartupBenchmark {
    private static final int RUNS = 5;
    private static final double WINDOW_BUDGET_SECONDS = 2.5;
    private static final double LIST_BUDGET_SECONDS = 1.0;
    private static final long TIMEOUT_SECONDS = 120;
    private static final String READY = "TSUNAGU_READY";

    private StartupBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("tsunagu.jar", "target/tsunagu.jar"));
        if (!Files.isRegularFile(jar)) {
            System.err.println("No " + jar + ": build it first (mvn -B -q -DskipTests package).");
            System.exit(2);
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path work = Files.createTempDirectory("tsunagu-startup");
        Path store = work.resolve("twenty-events.db");
        try (Tsunagu app = Tsunagu.open(store)) {
            for (int i = 1; i <= 20; i++) {
                app.events()
                        .create(new EventDetails(
                                "マッチング交流会 第" + i + "回", LocalDate.of(2026, 1, 1).plusWeeks(i), "掛川商工会議所"));
            }
        }
        Path launcher = Path.of("target/installer/image/Tsunagu/bin/Tsunagu");
        boolean image = Files.isExecutable(launcher);
        Path installedLauncher = Path.of(System.getProperty("tsunagu.installed", "/opt/tsunagu/bin/Tsunagu"));
        boolean installed = Files.isExecutable(installedLauncher);
        List<String> jarCommand = List.of(
                java.toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-Dtsunagu.log=" + work.resolve("tsunagu.log"),
                "-jar",
                jar.toString());

        System.out.printf(
                Locale.ROOT,
                "Start-up benchmark: %d runs each, %d cores, load average %.2f (JDK %s)%n",
                RUNS,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.version());

        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            System.out.println("window: skipped, no DISPLAY (run under xvfb-run -a to measure it)");
        } else {
            List<String> command = new ArrayList<>(jarCommand);
            command.add(command.size() - 2, "-Dtsunagu.startupProbe=true");
            command.add(command.size() - 2, "-Dtsunagu.data=" + store);
            double[] cpu = new double[RUNS];
            double jarWindow = report("window (java -jar)", windowStarts(command, cpu), WINDOW_BUDGET_SECONDS);
            double jarCpu = report("  CPU time of those starts", cpu, 0);
            if (image) {
                ratio(
                        "app image / java -jar",
                        report(
                                "window (app image launcher)",
                                windowStarts(imageCommand(launcher, store, true), cpu),
                                0),
                        jarWindow);
                ratio("app image / java -jar", report("  CPU time of those starts", cpu, 0), jarCpu);
            }
            if (installed) {
                ratio(
                        "installed / java -jar",
                        report(
                                "window (installed launcher)",
                                windowStarts(imageCommand(installedLauncher, store, true), cpu),
                                0),
                        jarWindow);
                ratio("installed / java -jar", report("  CPU time of those starts", cpu, 0), jarCpu);
            }
        }
        List<String> list = new ArrayList<>(jarCommand);
        list.addAll(List.of("--data", store.toString(), "event", "list"));
        double jarList = report("event list, 20 events (java -jar)", commandRuns(list), LIST_BUDGET_SECONDS);
        if (image) {
            List<String> imageList = new ArrayList<>(imageCommand(launcher, store, false));
            imageList.addAll(List.of("--data", store.toString(), "event", "list"));
            ratio(
                    "app image / java -jar",
                    report("event list, 20 events (app image launcher)", commandRuns(imageList), 0),
                    jarList);
        }
        if (installed) {
            List<String> installedList = new ArrayList<>(imageCommand(installedLauncher, store, false));
            installedList.addAll(List.of("--data", store.toString(), "event", "list"));
            ratio(
                    "installed / java -jar",
                    report("event list, 20 events (installed launcher)", commandRuns(installedList), 0),
                    jarList);
        }
        System.out.printf(
                Locale.ROOT,
                "load average after: %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** The jpackage launcher takes JVM options only from the environment (JAVA_TOOL_OPTIONS, set below). */
    private static List<String> imageCommand(Path launcher, Path store, boolean probe) {
        List<String> command = new ArrayList<>();
        command.add("env");
        if (probe) {
            command.add("JAVA_TOOL_OPTIONS=-Dtsunagu.startupProbe=true -Dtsunagu.data=" + store);
        }
        command.add(launcher.toString());
        return command;
    }

    /**
     * Wall-clock seconds to the ready line; {@code cpu} gets the process's CPU seconds at that moment,
     * a figure that depends less on how loaded the machine is (other builds share its cores).
     */
    private static double[] windowStarts(List<String> command, double[] cpu) throws IOException, InterruptedException {
        double[] seconds = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            boolean ready = false;
            StringBuilder output = new StringBuilder();
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.contains(READY)) {
                        seconds[run] = (System.nanoTime() - start) / 1e9;
                        cpu[run] = process.toHandle()
                                .info()
                                .totalCpuDuration()
                                .map(d -> d.toNanos() / 1e9)
                                .orElse(Double.NaN);
                        ready = true;
                        break;
                    }
                    output.append(line).append('\n');
                }
                if (!ready) {
                    throw new IllegalStateException("The window never reported ready:\n" + output);
                }
                // Let the app quit by itself (the probe calls Platform.exit) so runs do not overlap.
                out.transferTo(java.io.Writer.nullWriter());
            }
            finish(process);
        }
        return seconds;
    }

    private static double[] commandRuns(List<String> command) throws IOException, InterruptedException {
        double[] seconds = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = finish(process);
            seconds[run] = (System.nanoTime() - start) / 1e9;
            long events =
                    output.lines().filter(line -> line.contains("マッチング交流会")).count();
            if (exit != 0 || events != 20) {
                throw new IllegalStateException(
                        "event list gave exit " + exit + " and " + events + " events:\n" + output);
            }
        }
        return seconds;
    }

    private static int finish(Process process) throws InterruptedException {
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Timed out after " + TIMEOUT_SECONDS + " s: " + process.info());
        }
        return process.exitValue();
    }

    private static void ratio(String what, double median, double jarMedian) {
        System.out.printf(Locale.ROOT, "%-42s %.2f%n", "  ratio " + what, median / jarMedian);
    }

    /** Prints the runs and their median, and returns the median. */
    private static double report(String what, double[] seconds, double budget) {
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        StringBuilder runs = new StringBuilder();
        for (double s : seconds) {
            runs.append(String.format(Locale.ROOT, " %.2f", s));
        }
        String verdict = budget <= 0
                ? "(no budget; for comparison)"
                : String.format(Locale.ROOT, "budget %.1f s: %s", budget, median <= budget ? "OK" : "OVER");
        System.out.printf(Locale.ROOT, "%-42s median %.2f s  runs:%s  %s%n", what, median, runs, verdict);
        return median;
    }
}
