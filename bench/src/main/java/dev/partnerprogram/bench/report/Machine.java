package dev.partnerprogram.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** What the figures were measured on; a benchmark figure without its machine means little. */
public record Machine(int cpus, String cpuModel, long memoryMb, String os, String java, String postgres, String pgbench,
                      double loadAverageAtStart, double bcryptMillis) {

    public static Machine describe(String postgresVersion, String pgbenchVersion) {
        double load = loadAverage();
        return new Machine(Runtime.getRuntime().availableProcessors(), readCpuModel(), readMemoryMb(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version"),
                postgresVersion, pgbenchVersion, load, timeOneBcrypt());
    }

    /**
     * One BCrypt hash at the application's strength (Spring Security's default, 10) on this machine: a lifecycle
     * pays two, at registration and at the partner's first Basic sign-in, so it bounds the full stack's rate.
     */
    private static double timeOneBcrypt() {
        BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
        encoder.encode("warm-up");
        long started = System.nanoTime();
        int rounds = 3;
        for (int i = 0; i < rounds; i++) {
            encoder.encode("benchmark-" + i);
        }
        return (System.nanoTime() - started) / 1e6 / rounds;
    }

    /** A load average above half the CPUs before we start means something else is running: the figures will be low. */
    public boolean busy() {
        return loadAverageAtStart > cpus * 0.5;
    }

    public static double loadAverage() {
        List<String> lines = lines("/proc/loadavg");
        return lines.isEmpty() ? -1 : Double.parseDouble(lines.get(0).split("\\s+")[0]);
    }

    private static String readCpuModel() {
        return lines("/proc/cpuinfo").stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
    }

    private static long readMemoryMb() {
        return lines("/proc/meminfo").stream().filter(l -> l.startsWith("MemTotal:"))
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024).findFirst().orElse(-1L);
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException e) {
            return List.of();
        }
    }
}
