package com.licensedesk.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A loopback SMTP server that misbehaves as real ones do, one way at a time; the way can change while it runs. */
public final class MisbehavingSmtp implements AutoCloseable {

    /** How the server answers. */
    public enum Behaviour {
        /** Never says a word. */
        SILENT,
        /** Greets one byte every 100 ms. */
        TRICKLE,
        /** Takes the message and never answers it. */
        NO_ANSWER_TO_DATA,
        /** Says 421 at once and closes. */
        BUSY_421,
        /** Refuses every recipient with 550. */
        NO_SUCH_USER_550,
        /** Takes every mail, as a good server does. */
        ACCEPT
    }

    private final ServerSocket socket;
    private volatile Behaviour behaviour;
    private volatile int accepted;
    private volatile int connections;
    private volatile int stalled;

    /** Serves {@code behaviour} to every connection until closed. */
    public MisbehavingSmtp(Behaviour behaviour) throws IOException {
        this.behaviour = behaviour;
        this.socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(this::serve, "misbehaving-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** From the next connection on, the server answers this way. */
    public void behave(Behaviour next) {
        behaviour = next;
    }

    /** How many mails the server took while it behaved as {@link Behaviour#ACCEPT}. */
    public int accepted() {
        return accepted;
    }

    /** How many connections the server took: one per attempt. */
    public int connections() {
        return connections;
    }

    /** How many conversations reached the point where the server stops answering (or trickles): a client now waits. */
    public int stalled() {
        return stalled;
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                connections++;
                converse(client, behaviour);
            } catch (IOException | InterruptedException closed) {
                if (socket.isClosed()) {
                    return;
                }
            }
        }
    }

    private void converse(Socket client, Behaviour now) throws IOException, InterruptedException {
        OutputStream out = client.getOutputStream();
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                StandardCharsets.US_ASCII));
        switch (now) {
            case SILENT -> {
                stalled++;
                in.read();
            }
            case TRICKLE -> {
                for (int i = 0; i < 1000; i++) {
                    out.write(i == 0 ? '2' : '0');
                    out.flush();
                    stalled += i == 0 ? 1 : 0;
                    Thread.sleep(100);
                }
            }
            case BUSY_421 -> say(out, "421 example.test too busy, try later");
            default -> {
                say(out, "220 example.test ESMTP");
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String command = line.length() < 4 ? line : line.substring(0, 4).toUpperCase();
                    if (command.equals("RCPT") && now == Behaviour.NO_SUCH_USER_550) {
                        say(out, "550 5.1.1 no such user here");
                    } else if (command.equals("DATA")) {
                        say(out, "354 go ahead");
                        while (!".".equals(in.readLine())) {
                            // the message
                        }
                        if (now == Behaviour.NO_ANSWER_TO_DATA) {
                            stalled++;
                            in.read();
                        } else {
                            accepted++;
                            say(out, "250 queued");
                        }
                    } else if (command.equals("QUIT")) {
                        say(out, "221 bye");
                        return;
                    } else {
                        say(out, "250 ok");
                    }
                }
            }
        }
    }

    private static void say(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
