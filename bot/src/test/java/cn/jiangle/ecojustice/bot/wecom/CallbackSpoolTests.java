package cn.jiangle.ecojustice.bot.wecom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The spool file on a real file system: order, release after commit, crash leftovers, the cap, the lock. */
class CallbackSpoolTests {

	private static final long CAP = 64 * 1024;

	@TempDir
	Path dir;

	@Test
	void entriesComeBackInArrivalOrderWithTheirBytesIntact() {
		try (CallbackSpool spool = CallbackSpool.open(dir, CAP)) {
			assertThat(spool.isEmpty()).isTrue();
			assertThat(spool.append(List.of(callback(1), callback(2)))).isEqualTo(2);
			assertThat(spool.append(List.of(callback(3)))).isEqualTo(1);

			List<CallbackSpool.Entry> entries = spool.peek(10);
			assertThat(entries).extracting(entry -> entry.callback().nonce()).containsExactly("n1", "n2", "n3");
			SpooledCallback first = entries.get(0).callback();
			assertThat(first.signature()).isEqualTo("sig1");
			assertThat(first.timestamp()).isEqualTo("1764800001");
			assertThat(new String(first.body(), StandardCharsets.UTF_8)).isEqualTo(body(1));
			assertThat(first.receivedAt()).isEqualTo(Instant.ofEpochMilli(1_764_800_001_123L));
			assertThat(spool.peek(2)).hasSize(2);
			assertThat(spool.usage().entries()).isEqualTo(3);
		}
	}

	@Test
	void onlyReleasedEntriesAreGoneAfterARestart() {
		try (CallbackSpool spool = CallbackSpool.open(dir, CAP)) {
			spool.append(List.of(callback(1), callback(2), callback(3)));
			List<CallbackSpool.Entry> stored = spool.peek(2);
			spool.release(2, stored.get(1).end());
			assertThat(spool.peek(10)).extracting(entry -> entry.callback().nonce()).containsExactly("n3");
			// peeked but not released (its transaction never committed): still there after the "crash"
			spool.peek(10);
		}
		try (CallbackSpool reopened = CallbackSpool.open(dir, CAP)) {
			assertThat(reopened.peek(10)).extracting(entry -> entry.callback().nonce()).containsExactly("n3");
			assertThat(reopened.usage().entries()).isEqualTo(1);
		}
	}

	@Test
	void releasingEverythingEmptiesTheFile() throws IOException {
		try (CallbackSpool spool = CallbackSpool.open(dir, CAP)) {
			spool.append(List.of(callback(1), callback(2)));
			List<CallbackSpool.Entry> all = spool.peek(10);
			spool.release(2, all.get(1).end());
			assertThat(spool.isEmpty()).isTrue();
			assertThat(Files.size(dir.resolve("callbacks.spool"))).isZero();
			spool.append(List.of(callback(4)));
		}
		try (CallbackSpool reopened = CallbackSpool.open(dir, CAP)) {
			assertThat(reopened.peek(10)).extracting(entry -> entry.callback().nonce()).containsExactly("n4");
		}
	}

	@Test
	void aTornLastRecordIsCutOffAndTheCompleteOnesKept() throws IOException {
		try (CallbackSpool spool = CallbackSpool.open(dir, CAP)) {
			spool.append(List.of(callback(1), callback(2)));
		}
		Path file = dir.resolve("callbacks.spool");
		long complete = Files.size(file);
		// a crash in the middle of appending the third record: its first 40 bytes reached the disk
		byte[] third = SpoolRecord.frame(callback(3));
		Files.write(file, java.util.Arrays.copyOf(third, 40), StandardOpenOption.APPEND);

		try (CallbackSpool reopened = CallbackSpool.open(dir, CAP)) {
			assertThat(reopened.peek(10)).extracting(entry -> entry.callback().nonce()).containsExactly("n1", "n2");
			assertThat(Files.size(file)).isEqualTo(complete);
			// appending goes on after the last complete record
			reopened.append(List.of(callback(5)));
			assertThat(reopened.peek(10)).extracting(entry -> entry.callback().nonce())
				.containsExactly("n1", "n2", "n5");
		}
	}

	@Test
	void aRecordWithAFlippedByteIsNotReplayed() throws IOException {
		try (CallbackSpool spool = CallbackSpool.open(dir, CAP)) {
			spool.append(List.of(callback(1), callback(2)));
		}
		Path file = dir.resolve("callbacks.spool");
		byte[] bytes = Files.readAllBytes(file);
		bytes[bytes.length - 3] ^= 0x20;
		Files.write(file, bytes);

		try (CallbackSpool reopened = CallbackSpool.open(dir, CAP)) {
			assertThat(reopened.peek(10)).extracting(entry -> entry.callback().nonce()).containsExactly("n1");
		}
	}

	@Test
	void whatDoesNotFitUnderTheCapIsRefused() {
		long oneRecord = SpoolRecord.frame(callback(1)).length;
		try (CallbackSpool spool = CallbackSpool.open(dir, oneRecord * 3 + 10)) {
			List<SpooledCallback> five = IntStream.rangeClosed(1, 5).mapToObj(CallbackSpoolTests::callback).toList();
			assertThat(spool.append(five)).isEqualTo(3);
			assertThat(spool.append(List.of(callback(6)))).isZero();
			assertThat(spool.peek(10)).extracting(entry -> entry.callback().nonce()).containsExactly("n1", "n2", "n3");
			// replaying makes room again
			spool.release(1, spool.peek(1).get(0).end());
			assertThat(spool.append(List.of(callback(7)))).isZero();
			List<CallbackSpool.Entry> rest = spool.peek(10);
			spool.release(2, rest.get(1).end());
			assertThat(spool.append(List.of(callback(8)))).isEqualTo(1);
		}
	}

	@Test
	void concurrentAppendersEachGetTheirRecordsDurablyAndIntact() throws Exception {
		try (CallbackSpool spool = CallbackSpool.open(dir, CAP * 16)) {
			List<java.util.concurrent.Future<Integer>> writers;
			java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
			try {
				writers = IntStream.range(0, 8)
					.mapToObj(t -> pool.submit(() -> IntStream.range(0, 50)
						.map(i -> spool.append(List.of(callback(t * 1000 + i))))
						.sum()))
					.toList();
				for (java.util.concurrent.Future<Integer> writer : writers) {
					assertThat(writer.get()).isEqualTo(50);
				}
			}
			finally {
				pool.shutdown();
			}
		}
		try (CallbackSpool reopened = CallbackSpool.open(dir, CAP * 16)) {
			List<CallbackSpool.Entry> all = reopened.peek(1000);
			assertThat(all).hasSize(400);
			assertThat(all).extracting(entry -> entry.callback().nonce()).doesNotHaveDuplicates();
			// each writer's own records stay in its order
			List<Integer> first = all.stream()
				.map(entry -> Integer.parseInt(entry.callback().nonce().substring(1)))
				.filter(n -> n < 1000)
				.toList();
			assertThat(first).isSorted().hasSize(50);
		}
	}

	@Test
	void oneDirectoryIsOneSpool() {
		try (CallbackSpool spool = CallbackSpool.open(dir, CAP)) {
			assertThatIllegalStateException().isThrownBy(() -> CallbackSpool.open(dir, CAP))
				.withMessageContaining("wecom.intake.spool.dir");
		}
		CallbackSpool.open(dir, CAP).close();
	}

	private static SpooledCallback callback(int n) {
		return new SpooledCallback("sig" + n, Long.toString(1_764_800_000L + n), "n" + n,
				body(n).getBytes(StandardCharsets.UTF_8), Instant.ofEpochMilli(1_764_800_000_123L + n * 1000L));
	}

	private static String body(int n) {
		return "<xml><ToUserName><![CDATA[wwcorp]]></ToUserName><Encrypt><![CDATA[ciphertext" + n
				+ "]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>";
	}

}
