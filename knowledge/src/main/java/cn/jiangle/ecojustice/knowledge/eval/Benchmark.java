package cn.jiangle.ecojustice.knowledge.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import cn.jiangle.ecojustice.knowledge.index.PolicyIndex;
import cn.jiangle.ecojustice.knowledge.ingest.Chunk;

/**
 * Search latency (the full {@link PolicyIndex#search} path: analysis, thesaurus, query, refusal signals, snippets)
 * and a generator for a large synthetic corpus in the same official-document format.
 */
public final class Benchmark {

	private static final String[] CN = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };

	private Benchmark() {
	}

	/**
	 * Wall-clock percentiles, and the same for the searching thread's CPU time: on a machine shared with other work
	 * the wall clock includes waiting for a core, the CPU time does not.
	 */
	public record Latency(String corpus, int chunks, int searches, double p50Millis, double p99Millis,
			double maxMillis, double cpuP50Millis, double cpuP99Millis) {
	}

	/** Runs every question {@code rounds} times after a warm-up and reports percentiles of single searches. */
	public static Latency measure(String corpus, PolicyIndex index, List<String> questions, int rounds) {
		return measure(corpus, index.chunks().size(), q -> index.search(q, 3), questions, rounds);
	}

	/**
	 * The same for any search function, e.g. the knowledge base's {@code search}, which adds the answerability check
	 * (「文件没有规定」) to the index search.
	 */
	public static Latency measure(String corpus, int chunks, java.util.function.Consumer<String> search,
			List<String> questions, int rounds) {
		for (int w = 0; w < 30; w++) { // let the JIT compile the search path before measuring
			for (String q : questions) {
				search.accept(q);
			}
		}
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		boolean cpu = threads.isCurrentThreadCpuTimeSupported();
		long[] nanos = new long[questions.size() * rounds];
		long[] cpuNanos = new long[nanos.length];
		int n = 0;
		for (int r = 0; r < rounds; r++) {
			for (String q : questions) {
				long c0 = cpu ? threads.getCurrentThreadCpuTime() : 0;
				long t0 = System.nanoTime();
				search.accept(q);
				nanos[n] = System.nanoTime() - t0;
				cpuNanos[n++] = cpu ? threads.getCurrentThreadCpuTime() - c0 : 0;
			}
		}
		Arrays.sort(nanos);
		Arrays.sort(cpuNanos);
		return new Latency(corpus, chunks, nanos.length, percentile(nanos, 0.50),
				percentile(nanos, 0.99), nanos[nanos.length - 1] / 1e6, percentile(cpuNanos, 0.50),
				percentile(cpuNanos, 0.99));
	}

	private static double percentile(long[] sorted, double p) {
		int i = (int) Math.ceil(p * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
	}

	/**
	 * Writes {@code chunks / 50} documents of 5 sections × 10 numbered items into {@code dir}, sentences drawn at
	 * random (fixed seed) from the real corpus, so vocabulary and lengths are realistic. Each item is one chunk.
	 */
	public static void generateCorpus(Path dir, List<Chunk> seed, int chunks, long randomSeed) {
		List<String> sentences = new ArrayList<>();
		List<String> headings = new ArrayList<>();
		for (Chunk c : seed) {
			for (String s : c.text().split("(?<=[。；])|\n")) {
				String t = s.strip();
				// no numbering inside: every generated item must stay exactly one chunk
				if (t.length() >= 10 && t.length() <= 90 && !t.matches(".*([0-9（(]|[一二三四五六七八九十][是、]).*")) {
					sentences.add(t);
				}
			}
			String last = c.sectionPath().get(c.sectionPath().size() - 1).replaceAll("^[^\\p{IsHan}]*", "");
			String heading = last.replaceAll("^[一二三四五六七八九十]+[、是]", "").replaceAll("[0-9（）()]", "");
			if (heading.length() >= 4 && heading.length() <= 20) {
				headings.add(heading);
			}
		}
		if (sentences.isEmpty() || headings.isEmpty()) {
			throw new IllegalArgumentException("seed corpus too small");
		}
		Random random = new Random(randomSeed);
		int documents = (chunks + 49) / 50;
		try {
			Files.createDirectories(dir);
			int written = 0;
			for (int d = 1; d <= documents && written < chunks; d++) {
				StringBuilder sb = new StringBuilder();
				sb.append("将乐县示例单位\n\n将法〔2030〕").append(d).append("号\n\n关于")
					.append(pick(headings, random))
					.append("的实施意见\n\n");
				for (int s = 0; s < 5 && written < chunks; s++) {
					sb.append(CN[s]).append('、').append(pick(headings, random)).append('\n');
					for (int i = 1; i <= 10 && written < chunks; i++) {
						sb.append(i).append('.').append(pick(headings, random)).append('。');
						int count = 2 + random.nextInt(2);
						for (int k = 0; k < count; k++) {
							sb.append(pick(sentences, random));
						}
						sb.append('\n');
						written++;
					}
				}
				Files.writeString(dir.resolve(String.format("generated-%04d.txt", d)), sb.toString(),
						StandardCharsets.UTF_8);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String pick(List<String> list, Random random) {
		return list.get(random.nextInt(list.size()));
	}

}
