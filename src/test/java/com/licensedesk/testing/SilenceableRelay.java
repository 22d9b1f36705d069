package com.licensedesk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A loopback TCP relay to a server, on a port of its own, that a test can silence: from then on connections are still
 * accepted and kept open, but nothing passes either way, as with a server that hangs or a network that drops
 * everything. The port stays this relay's until it is closed, so nobody else's server answers in its place.
 */
public final class SilenceableRelay implements AutoCloseable {
    private final ServerSocket listening;
    private final String host;
    private final int port;
    private final List<Socket> upstream = new ArrayList<>();
    private final List<Socket> clients = new ArrayList<>();
    private boolean silent;

    /** Relays to {@code host:port} until silenced. */
    public SilenceableRelay(String host, int port) throws IOException {
        this.host = host;
        this.port = port;
        this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(this::accept, "relay-accept");
        thread.setDaemon(true);
        thread.start();
    }

    public int port() {
        return listening.getLocalPort();
    }

    /** Nothing passes from now on: the server's side of every connection is cut, the client's left waiting. */
    public synchronized void silence() {
        silent = true;
        upstream.forEach(SilenceableRelay::closeQuietly);
        upstream.clear();
    }

    private void accept() {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                synchronized (this) {
                    clients.add(client);
                    if (silent) {
                        continue;
                    }
                    Socket server = new Socket(host, port);
                    upstream.add(server);
                    pump(client, server);
                    pump(server, client);
                }
            } catch (IOException closed) {
                return;
            }
        }
    }

    /**
     * Copies {@code from} to {@code to}; when {@code from} ends, {@code to} is closed too, as the other end would see.
     * A copy cut by {@link #silence()} fails instead, and leaves the client's socket open.
     */
    private static void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
                closeQuietly(to);
            } catch (IOException cut) {
                // by silence() or by close()
            }
        }, "relay-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public synchronized void close() throws IOException {
        listening.close();
        upstream.forEach(SilenceableRelay::closeQuietly);
        clients.forEach(SilenceableRelay::closeQuietly);
    }
}
