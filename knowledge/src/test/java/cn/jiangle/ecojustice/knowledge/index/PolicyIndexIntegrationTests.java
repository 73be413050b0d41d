package cn.jiangle.ecojustice.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.jiangle.ecojustice.knowledge.ingest.DocumentSource;

class PolicyIndexIntegrationTests {

	@TempDir
	Path root;

	@Test
	void buildsOnceAndReusesTheIndexWhileTheDocumentsAreUnchanged() {
		Path indexDir = root.resolve("index");
		String hash;
		try (PolicyIndex index = PolicyIndex.at(indexDir, Thesaurus.builtIn(), RefusalModel.builtIn())) {
			PolicyIndex.Build first = index.refresh(DocumentSource.builtIn());
			assertThat(first.rebuilt()).isTrue();
			assertThat(first.info().documents()).isEqualTo(3);
			assertThat(index.refresh(DocumentSource.builtIn()).rebuilt()).isFalse();
			hash = first.info().hash();
		}
		try (PolicyIndex reopened = PolicyIndex.at(indexDir, Thesaurus.builtIn(), RefusalModel.builtIn())) {
			PolicyIndex.Build build = reopened.refresh(DocumentSource.builtIn());
			assertThat(build.rebuilt()).isFalse();
			assertThat(build.info().hash()).isEqualTo(hash);
			assertThat(reopened.search("碳汇认购的流程", 3).hits()).isNotEmpty();
		}
	}

	@Test
	void rebuildsWhenADocumentChanges() throws IOException {
		Path docs = root.resolve("docs");
		Files.createDirectories(docs);
		Files.writeString(docs.resolve("a.txt"), "测试文件\n\n一、认购\n被告人可以认购碳汇。\n", StandardCharsets.UTF_8);
		try (PolicyIndex index = PolicyIndex.at(root.resolve("index"), Thesaurus.builtIn(), RefusalModel.builtIn())) {
			index.refresh(DocumentSource.directory(docs));
			assertThat(index.search("劳役代偿", 3).hits()).isEmpty();
			Files.writeString(docs.resolve("a.txt"), "测试文件\n\n一、劳役\n经济困难的可以劳役代偿。\n", StandardCharsets.UTF_8);
			PolicyIndex.Build build = index.refresh(DocumentSource.directory(docs));
			assertThat(build.rebuilt()).isTrue();
			assertThat(index.search("劳役代偿", 3).hits()).singleElement()
				.satisfies(h -> assertThat(h.chunk().text()).contains("劳役代偿"));
		}
	}

	@Test
	void anUnusableIndexOnDiskIsRebuilt() throws IOException {
		Path indexDir = root.resolve("index");
		try (PolicyIndex index = PolicyIndex.at(indexDir, Thesaurus.builtIn(), RefusalModel.builtIn())) {
			index.refresh(DocumentSource.builtIn());
		}
		String current = Files.readString(indexDir.resolve("current")).strip();
		try (Stream<Path> files = Files.list(indexDir.resolve(current))) {
			for (Path f : files.filter(p -> p.getFileName().toString().startsWith("_")).toList()) {
				Files.write(f, new byte[] { 1, 2, 3 });
			}
		}
		try (PolicyIndex index = PolicyIndex.at(indexDir, Thesaurus.builtIn(), RefusalModel.builtIn())) {
			assertThat(index.refresh(DocumentSource.builtIn()).rebuilt()).isTrue();
			assertThat(index.search("碳汇认购", 3).hits()).isNotEmpty();
		}
	}

	@Test
	void searchesRunningDuringReindexingNeverFail() throws Exception {
		Path docs = root.resolve("docs");
		Files.createDirectories(docs);
		for (SourceText s : builtInTexts()) {
			Files.writeString(docs.resolve(s.name()), s.text(), StandardCharsets.UTF_8);
		}
		try (PolicyIndex index = PolicyIndex.at(root.resolve("index"), Thesaurus.builtIn(), RefusalModel.builtIn())) {
			index.refresh(DocumentSource.directory(docs));
			AtomicBoolean running = new AtomicBoolean(true);
			AtomicInteger searches = new AtomicInteger();
			ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
			ConcurrentLinkedQueue<Integer> emptyResults = new ConcurrentLinkedQueue<>();
			ExecutorService pool = Executors.newFixedThreadPool(3);
			CountDownLatch started = new CountDownLatch(3);
			List<Future<?>> workers = new ArrayList<>();
			for (int t = 0; t < 3; t++) {
				workers.add(pool.submit(() -> {
					started.countDown();
					while (running.get()) {
						try {
							Retrieval r = index.search("碳汇认购的流程是什么", 3);
							if (r.hits().isEmpty()) {
								emptyResults.add(searches.get());
							}
							searches.incrementAndGet();
						}
						catch (Throwable ex) {
							failures.add(ex);
						}
					}
				}));
			}
			started.await();
			for (int i = 0; i < 4; i++) {
				// alternate the documents so that every round really builds and swaps a new generation
				Files.writeString(docs.resolve("extra.txt"), "补充说明\n\n一、补充\n第" + i + "次补充说明。\n",
						StandardCharsets.UTF_8);
				assertThat(index.refresh(DocumentSource.directory(docs)).rebuilt()).isTrue();
				assertThat(index.rebuild(DocumentSource.directory(docs)).rebuilt()).isTrue();
			}
			running.set(false);
			for (Future<?> w : workers) {
				w.get(60, TimeUnit.SECONDS);
			}
			pool.shutdown();
			assertThat(failures).isEmpty();
			assertThat(emptyResults).isEmpty();
			assertThat(searches.get()).isPositive();
		}
		try (Stream<Path> gens = Files.list(root.resolve("index"))) {
			// replaced generations are deleted once their last search is done
			assertThat(gens.filter(p -> p.getFileName().toString().startsWith("gen-")).count()).isEqualTo(1);
		}
	}

	private record SourceText(String name, String text) {
	}

	private static List<SourceText> builtInTexts() {
		return DocumentSource.builtIn()
			.load()
			.stream()
			.map(f -> new SourceText(f.name(), new String(f.bytes(), StandardCharsets.UTF_8)))
			.toList();
	}

}
