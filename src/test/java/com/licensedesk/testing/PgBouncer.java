package com.licensedesk.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's {@code pgbouncer} in front of a test PostgreSQL, in transaction pooling, with the settings the README
 * gives. It listens on a port the kernel picks (found in /proc, as it does not say which), and is stopped on close.
 */
public final class PgBouncer implements AutoCloseable {
    /** How long a started pgbouncer may take to say it is up: generous, for a machine under load. */
    private static final long STARTUP_SECONDS = 60;
    private final Process process;
    private final List<String> log;
    private final int port;

    private PgBouncer(Process process, List<String> log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** The program: {@code -Dpgbouncer=PATH}, or {@code pgbouncer} on the PATH or in /usr/sbin (Debian's place). */
    public static Optional<Path> program() {
        String given = System.getProperty("pgbouncer", "");
        if (!given.isBlank()) {
            return Optional.of(Path.of(given));
        }
        List<String> folders = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        folders.add("/usr/sbin");
        return folders.stream().filter(folder -> !folder.isBlank()).map(folder -> Path.of(folder, "pgbouncer"))
                .filter(Files::isExecutable).findFirst();
    }

    /**
     * Starts {@code program} in front of the server of {@code serverUrl} (a test database's JDBC URL), at most
     * {@code serverConnections} server connections per database and user.
     */
    public static PgBouncer start(Path program, String serverUrl, int serverConnections, Path folder)
            throws IOException, InterruptedException {
        URI server = URI.create(serverUrl.substring("jdbc:".length()));
        // pgbouncer will not run as root; as root it is started as nobody, who must read its files.
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path users = Files.writeString(folder.resolve("userlist.txt"), "\"postgres\" \"\"\n");
        Path ini = Files.writeString(folder.resolve("pgbouncer.ini"), String.join("\n",
                "[databases]",
                "* = host=" + server.getHost() + " port=" + server.getPort(),
                "[pgbouncer]",
                "listen_addr = 127.0.0.1",
                "listen_port = 0",
                "unix_socket_dir =",
                "auth_type = trust",
                "auth_file = " + users,
                "pool_mode = transaction",
                "default_pool_size = " + serverConnections,
                "max_client_conn = 200",
                "ignore_startup_parameters = extra_float_digits",
                ""), StandardCharsets.UTF_8);
        for (Path file : List.of(users, ini)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
        List<String> command = new ArrayList<>(List.of(program.toString()));
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("-u", "nobody"));
        }
        command.add(ini.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch up = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    log.add(line);
                    if (line.contains("process up")) {
                        up.countDown();
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
            up.countDown();
        }, "pgbouncer-log");
        reader.setDaemon(true);
        reader.start();
        if (!up.await(STARTUP_SECONDS, TimeUnit.SECONDS) || !process.isAlive()) {
            process.destroyForcibly();
            throw new IllegalStateException("pgbouncer did not start:\n" + String.join("\n", log));
        }
        return new PgBouncer(process, log, listeningPort(process.pid()));
    }

    /** The JDBC URL of {@code database} through this pgbouncer, as the README tells a desk to use it. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres&prepareThreshold=0";
    }

    public List<String> log() {
        return List.copyOf(log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** The TCP port the process listens on: its sockets' inodes in /proc/PID/fd, looked up in /proc/net/tcp. */
    private static int listeningPort(long pid) throws IOException {
        List<String> sockets = new ArrayList<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        sockets.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException | UncheckedIOException closedMeanwhile) {
                    // not a socket of interest
                }
            }
        }
        for (String line : Files.readAllLines(Path.of("/proc/net/tcp"))) {
            String[] fields = line.trim().split("\\s+");
            // sl, local address, remote address, state (0A: listening), ..., inode at index 9
            if (fields.length > 9 && "0A".equals(fields[3]) && sockets.contains(fields[9])) {
                return Integer.parseInt(fields[1].substring(fields[1].indexOf(':') + 1), 16);
            }
        }
        throw new IllegalStateException("pgbouncer " + pid + " listens on no TCP port");
    }
}
