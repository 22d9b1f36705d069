package com.licensedesk.mail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import javax.net.SocketFactory;

/**
 * The sockets of one delivery attempt, so that a watchdog can close them when the attempt's overall deadline passes:
 * a server that answers a byte at a time never trips a per-read timeout, and Jakarta Mail's own close waits for the
 * thread that is stuck.
 */
final class DeadlineSockets extends SocketFactory {
    private final SocketFactory delegate;
    private final List<Socket> opened = new ArrayList<>();
    private boolean closed;

    DeadlineSockets(SocketFactory delegate) {
        this.delegate = delegate;
    }

    @Override
    public Socket createSocket() throws IOException {
        return track(delegate.createSocket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return track(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return track(delegate.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return track(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return track(delegate.createSocket(address, port, localAddress, localPort));
    }

    private synchronized Socket track(Socket socket) throws IOException {
        if (closed) {
            socket.close();
            throw new IOException("The attempt's deadline has passed");
        }
        opened.add(socket);
        return socket;
    }

    /** Closes every socket of the attempt; a read or write blocked on one of them fails at once. */
    synchronized void closeAll() {
        closed = true;
        for (Socket socket : opened) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Closing is all that is wanted; a socket that cannot close is already broken.
            }
        }
    }

    synchronized boolean deadlinePassed() {
        return closed;
    }
}
