package cn.jiangle.ecojustice.bot.wecom;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * A loopback TCP relay in front of the test database, so a test can take "the database" away from one application
 * without touching the shared server: {@link #cut()} resets every connection and refuses new ones (what a killed
 * server looks like), {@link #stall()} keeps connections open but forwards nothing (a hung server or a dead network),
 * {@link #restore()} relays again.
 */
final class TcpProxy implements AutoCloseable {

	private enum Mode {

		OPEN, CUT, STALLED

	}

	private final ServerSocket server;

	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

	private volatile Mode mode = Mode.OPEN;

	private volatile InetSocketAddress target;

	private TcpProxy(ServerSocket server) {
		this.server = server;
		Thread acceptor = new Thread(this::acceptLoop, "tcp-proxy-" + server.getLocalPort());
		acceptor.setDaemon(true);
		acceptor.start();
	}

	static TcpProxy start() {
		try {
			return new TcpProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int port() {
		return server.getLocalPort();
	}

	void target(String host, int port) {
		target = new InetSocketAddress(host, port);
	}

	/** Resets every relayed connection and refuses new ones. */
	void cut() {
		mode = Mode.CUT;
		closeAll();
	}

	/** Keeps connections open but forwards nothing, and accepts new connections without answering. */
	void stall() {
		mode = Mode.STALLED;
	}

	/** Relays again; connections held during a stall are reset (as a timed-out peer would find them). */
	void restore() {
		if (mode == Mode.STALLED) {
			mode = Mode.CUT;
			closeAll();
		}
		mode = Mode.OPEN;
	}

	@Override
	public void close() {
		mode = Mode.CUT;
		try {
			server.close();
		}
		catch (IOException ex) {
			// closing anyway
		}
		closeAll();
	}

	private void acceptLoop() {
		while (!server.isClosed()) {
			Socket client;
			try {
				client = server.accept();
			}
			catch (IOException ex) {
				return;
			}
			Mode now = mode;
			if (now == Mode.CUT) {
				reset(client);
				continue;
			}
			sockets.add(client);
			if (now == Mode.STALLED) {
				// accepted, never answered: the client's connect succeeds, its handshake waits
				continue;
			}
			try {
				Socket upstream = new Socket();
				upstream.connect(target, 2_000);
				sockets.add(upstream);
				pump(client, upstream);
				pump(upstream, client);
			}
			catch (IOException ex) {
				reset(client);
			}
		}
	}

	private void pump(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[16 * 1024];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					while (mode == Mode.STALLED && !from.isClosed()) {
						LockSupport.parkNanos(5_000_000);
					}
					if (mode == Mode.CUT) {
						break;
					}
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// one side went away: take the other down with it
			}
			reset(from);
			reset(to);
		}, "tcp-proxy-pump");
		thread.setDaemon(true);
		thread.start();
	}

	private void closeAll() {
		for (Socket socket : sockets) {
			reset(socket);
		}
	}

	private void reset(Socket socket) {
		sockets.remove(socket);
		try {
			// RST rather than FIN: the client's next read or write fails at once, as against a killed server
			socket.setSoLinger(true, 0);
		}
		catch (SocketException ex) {
			// already closed
		}
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

}
