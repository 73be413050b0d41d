package cn.jiangle.ecojustice.bot.wecom;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Callbacks acknowledged while the database was unreachable, in arrival order, in one append-only file
 * ({@code callbacks.spool}) that is fsync'ed before a callback is acknowledged. Replayed entries are released only
 * after their transaction committed, by moving the head offset ({@code callbacks.head}, replaced atomically); a crash
 * in between replays them again, which the dedupe key makes harmless. When everything is replayed the file is
 * emptied. Each record is framed (magic, length, CRC-32C): a record torn by a crash mid-append — never acknowledged,
 * so WeCom retries it — is detected at open and cut off.
 *
 * <p>
 * Records are {@link SpoolRecord}s. The directory is locked while open: one spool, one node.
 */
final class CallbackSpool implements Closeable {

	private static final Logger log = LoggerFactory.getLogger(CallbackSpool.class);

	/** A spooled callback and the offset just past it (what to release once it is stored). */
	record Entry(SpooledCallback callback, long end) {
	}

	/** What the health endpoint shows. */
	record Usage(long entries, long bytes, long maxBytes) {

		boolean full(long needed) {
			return bytes + needed > maxBytes;
		}

	}

	private final Path file;

	private final Path headFile;

	private final Path dir;

	private final long maxBytes;

	private final FileChannel channel;

	private final FileChannel lockChannel;

	private final FileLock lock;

	private long head;

	private long end;

	private long entries;

	/** Bytes ever appended (never reset: the fsync watermark below compares against it). */
	private volatile long written;

	private final Object forceLock = new Object();

	/** {@link #written} as of the start of the last completed fsync. */
	private long forced;

	private CallbackSpool(Path dir, long maxBytes, FileChannel channel, FileChannel lockChannel, FileLock lock) {
		this.dir = dir;
		this.file = dir.resolve("callbacks.spool");
		this.headFile = dir.resolve("callbacks.head");
		this.maxBytes = maxBytes;
		this.channel = channel;
		this.lockChannel = lockChannel;
		this.lock = lock;
	}

	/**
	 * Opens (or creates) the spool in {@code dir}, cutting off a torn last record.
	 * @throws IllegalStateException when another running instance holds the directory
	 */
	static CallbackSpool open(Path dir, long maxBytes) {
		Path directory = dir.toAbsolutePath().normalize();
		FileChannel lockChannel = null;
		FileChannel channel = null;
		try {
			Files.createDirectories(directory);
			lockChannel = FileChannel.open(directory.resolve("spool.lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = lockChannel.tryLock();
			}
			catch (OverlappingFileLockException ex) {
				lock = null;
			}
			if (lock == null) {
				throw new IllegalStateException("The WeCom callback spool " + directory
						+ " is in use by another running instance; give each node its own wecom.intake.spool.dir");
			}
			channel = FileChannel.open(directory.resolve("callbacks.spool"), StandardOpenOption.CREATE,
					StandardOpenOption.READ, StandardOpenOption.WRITE);
			CallbackSpool spool = new CallbackSpool(directory, maxBytes, channel, lockChannel, lock);
			spool.recover();
			return spool;
		}
		catch (IOException ex) {
			closeQuietly(channel);
			closeQuietly(lockChannel);
			throw new UncheckedIOException("Cannot open the WeCom callback spool in " + directory, ex);
		}
		catch (RuntimeException ex) {
			closeQuietly(channel);
			closeQuietly(lockChannel);
			throw ex;
		}
	}

	/**
	 * Appends callbacks in order, as many as fit under the cap, and forces them to disk before returning. Concurrent
	 * appenders share fsyncs: whoever forces the file covers every record written before it (group commit, as the
	 * database does for its log).
	 * @return how many were appended (a prefix of {@code callbacks}); the rest did not fit
	 */
	int append(List<SpooledCallback> callbacks) {
		long mine;
		int fitting;
		synchronized (this) {
			ByteArrayOutputStream records = new ByteArrayOutputStream();
			fitting = 0;
			for (SpooledCallback callback : callbacks) {
				byte[] record = SpoolRecord.frame(callback);
				if (end + records.size() + record.length > maxBytes) {
					break;
				}
				records.writeBytes(record);
				fitting++;
			}
			if (fitting == 0) {
				return 0;
			}
			try {
				ByteBuffer buffer = ByteBuffer.wrap(records.toByteArray());
				long position = end;
				while (buffer.hasRemaining()) {
					position += channel.write(buffer, position);
				}
				end = position;
				entries += fitting;
				written += records.size();
				mine = written;
			}
			catch (IOException ex) {
				// whatever part reached the file is beyond end: overwritten by the next append, cut off at the next open
				throw new UncheckedIOException("Cannot write the WeCom callback spool", ex);
			}
		}
		forceUpTo(mine);
		return fitting;
	}

	/** Forces the file unless a force that started after byte {@code target} was written already did. */
	private void forceUpTo(long target) {
		synchronized (forceLock) {
			if (forced >= target) {
				return;
			}
			long covered = written;
			try {
				channel.force(false);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot force the WeCom callback spool to disk", ex);
			}
			forced = covered;
		}
	}

	synchronized boolean isEmpty() {
		return entries == 0;
	}

	synchronized Usage usage() {
		return new Usage(entries, end, maxBytes);
	}

	/** Up to {@code max} entries from the head, oldest first, without removing them. */
	synchronized List<Entry> peek(int max) {
		List<Entry> found = new ArrayList<>(Math.min(max, 256));
		long position = head;
		try {
			while (found.size() < max && position < end) {
				int length = SpoolRecord.payloadLength(read(position, SpoolRecord.HEADER));
				byte[] payload = read(position + SpoolRecord.HEADER, length).array();
				position += SpoolRecord.HEADER + length;
				found.add(new Entry(SpoolRecord.decode(payload), position));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the WeCom callback spool", ex);
		}
		return found;
	}

	/**
	 * Forgets the first {@code count} entries, which end at {@code upTo}: call only after their transaction
	 * committed. Empties the file once everything is replayed.
	 */
	synchronized void release(int count, long upTo) {
		if (upTo <= head || upTo > end || count <= 0 || count > entries) {
			throw new IllegalArgumentException("release beyond the spooled entries");
		}
		try {
			if (upTo == end) {
				// head first: a crash between the two replays everything (deduplicated) rather than skipping appends
				writeHead(0);
				channel.truncate(0);
				channel.force(true);
				head = 0;
				end = 0;
				entries = 0;
			}
			else {
				writeHead(upTo);
				head = upTo;
				entries -= count;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot update the WeCom callback spool head", ex);
		}
	}

	Path directory() {
		return dir;
	}

	@Override
	public synchronized void close() {
		try {
			lock.release();
		}
		catch (IOException ex) {
			log.debug("Releasing the spool lock failed", ex);
		}
		closeQuietly(channel);
		closeQuietly(lockChannel);
	}

	private void recover() throws IOException {
		long size = channel.size();
		head = readHead();
		if (head > size) {
			head = 0;
		}
		long position = head;
		long count = 0;
		while (position < size) {
			long length = validRecordLength(position, size);
			if (length < 0) {
				log.warn("WeCom callback spool: torn record at offset {} ({} bytes) cut off; it was never acknowledged",
						position, size - position);
				channel.truncate(position);
				channel.force(true);
				break;
			}
			position += length;
			count++;
		}
		end = position;
		entries = count;
		if (count == 0 && (end > 0 || head > 0)) {
			writeHead(0);
			channel.truncate(0);
			channel.force(true);
			head = 0;
			end = 0;
		}
		if (count > 0) {
			log.info("WeCom callback spool holds {} callbacks to store when the database is reachable", count);
		}
	}

	/** The whole record's length, or -1 when it is torn or corrupt. */
	private long validRecordLength(long position, long size) throws IOException {
		if (size - position < SpoolRecord.HEADER) {
			return -1;
		}
		ByteBuffer header = read(position, SpoolRecord.HEADER);
		int length = SpoolRecord.payloadLength(header);
		if (length < 0 || size - position - SpoolRecord.HEADER < length) {
			return -1;
		}
		byte[] payload = read(position + SpoolRecord.HEADER, length).array();
		if (!SpoolRecord.intact(header, payload)) {
			return -1;
		}
		return SpoolRecord.HEADER + length;
	}

	private ByteBuffer read(long position, int length) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(length);
		while (buffer.hasRemaining()) {
			if (channel.read(buffer, position + buffer.position()) < 0) {
				throw new IOException("spool ends inside a record");
			}
		}
		return buffer.flip();
	}

	private long readHead() {
		try {
			return Long.parseLong(Files.readString(headFile, StandardCharsets.US_ASCII).strip());
		}
		catch (IOException | NumberFormatException ex) {
			// no head yet (or an unreadable one): start from the beginning; repeats are deduplicated
			return 0;
		}
	}

	private void writeHead(long offset) throws IOException {
		Path temporary = dir.resolve("callbacks.head.tmp");
		try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.TRUNCATE_EXISTING)) {
			out.write(ByteBuffer.wrap((offset + "\n").getBytes(StandardCharsets.US_ASCII)));
			out.force(true);
		}
		try {
			Files.move(temporary, headFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(temporary, headFile, StandardCopyOption.REPLACE_EXISTING);
		}
		forceDirectory();
	}

	private void forceDirectory() {
		try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
			directory.force(true);
		}
		catch (IOException ex) {
			// some platforms cannot open a directory; the rename is still atomic there
			log.trace("Directory fsync not supported", ex);
		}
	}

	private static void closeQuietly(Closeable closeable) {
		if (closeable != null) {
			try {
				closeable.close();
			}
			catch (IOException ex) {
				log.debug("Closing a spool file failed", ex);
			}
		}
	}

}
