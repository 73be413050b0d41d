package cn.jiangle.ecojustice.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

class IngestionTests {

	private static final List<String> POLICY = List.of("将乐县测试局", "将法〔2030〕9号", "关于测试文件格式的意见", "一、总体要求",
			"1.规范认购程序。被告人可以自愿认购碳汇。", "2.加强监督管理。修复过程全程留痕。");

	@TempDir
	Path dir;

	private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

	private final Logger ingestionLog = (Logger) LoggerFactory.getLogger(Ingestion.class);

	@BeforeEach
	void captureLogs() {
		logs.start();
		ingestionLog.addAppender(logs);
	}

	@AfterEach
	void releaseLogs() {
		ingestionLog.detachAppender(logs);
	}

	@Test
	void wordDocumentsAreReadWithTheirStructure() throws IOException {
		Files.write(dir.resolve("policy.docx"), docx(POLICY));
		Ingestion.Result result = new Ingestion().ingest(DocumentSource.directory(dir).load());
		assertThat(result.skipped()).isEmpty();
		assertThat(result.documents()).singleElement().satisfies(d -> {
			assertThat(d.doc()).isEqualTo("将法〔2030〕9号");
			assertThat(d.title()).isEqualTo("关于测试文件格式的意见");
			assertThat(d.issuers()).containsExactly("将乐县测试局");
		});
		assertThat(result.chunks()).extracting(Chunk::section)
			.containsExactly("一、总体要求 > 1.规范认购程序", "一、总体要求 > 2.加强监督管理");
	}

	@Test
	void pdfDocumentsAreReadWithTheirStructure() throws IOException {
		Files.write(dir.resolve("policy.pdf"), MinimalPdf.of(POLICY));
		Ingestion.Result result = new Ingestion().ingest(DocumentSource.directory(dir).load());
		assertThat(result.skipped()).isEmpty();
		assertThat(result.chunks()).extracting(Chunk::doc).containsOnly("将法〔2030〕9号");
		assertThat(result.chunks()).extracting(Chunk::clauseId).containsExactly("一.1", "一.2");
		assertThat(result.chunks().get(1).text()).contains("修复过程全程留痕");
	}

	@Test
	void markdownAndGbkTextAreRead() throws IOException {
		Files.writeString(dir.resolve("a.md"), "# 测试须知\n\n一、适用范围\n本须知适用于碳汇认购的全部环节。\n");
		Files.write(dir.resolve("b.txt"),
				String.join("\n", POLICY).getBytes(Charset.forName("GB18030")));
		Ingestion.Result result = new Ingestion().ingest(DocumentSource.directory(dir).load());
		assertThat(result.documents()).extracting(Ingestion.DocumentInfo::doc)
			.containsExactly("测试须知", "将法〔2030〕9号");
		assertThat(result.chunks()).anySatisfy(c -> assertThat(c.text()).contains("全程留痕"));
	}

	@Test
	void corruptDocumentsAreLoggedWithTheirNameAndTheRestIsIngested() throws IOException {
		Files.writeString(dir.resolve("good.txt"), String.join("\n", POLICY));
		Files.write(dir.resolve("broken.docx"), "PK\u0003\u0004 this is not a zip".getBytes(StandardCharsets.ISO_8859_1));
		byte[] pdf = MinimalPdf.of(POLICY);
		Files.write(dir.resolve("truncated.pdf"), java.util.Arrays.copyOf(pdf, 40));
		Ingestion.Result result = new Ingestion().ingest(DocumentSource.directory(dir).load());
		assertThat(result.skipped()).containsExactlyInAnyOrder("broken.docx", "truncated.pdf");
		assertThat(result.chunks()).isNotEmpty().allSatisfy(c -> assertThat(c.source()).isEqualTo("good.txt"));
		assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
			.anySatisfy(m -> assertThat(m).contains("broken.docx"))
			.anySatisfy(m -> assertThat(m).contains("truncated.pdf"));
	}

	@Test
	void onlySupportedVisibleFilesAreLoadedInPathOrder() throws IOException {
		Files.createDirectories(dir.resolve("sub"));
		Files.writeString(dir.resolve("sub/z.txt"), "z");
		Files.writeString(dir.resolve("a.txt"), "a");
		Files.writeString(dir.resolve("notes.png"), "x");
		Files.writeString(dir.resolve(".hidden.txt"), "h");
		assertThat(DocumentSource.directory(dir).load()).extracting(SourceFile::name).containsExactly("a.txt", "sub/z.txt");
		assertThatThrownBy(() -> DocumentSource.directory(dir.resolve("missing")).load())
			.isInstanceOf(DocumentSource.KnowledgeFolderMissing.class)
			.hasMessageContaining("missing");
	}

	@Test
	void contentHashFollowsBytesNamesAndPipeline() {
		List<SourceFile> one = List.of(new SourceFile("a.txt", "甲".getBytes(StandardCharsets.UTF_8)));
		List<SourceFile> edited = List.of(new SourceFile("a.txt", "乙".getBytes(StandardCharsets.UTF_8)));
		List<SourceFile> renamed = List.of(new SourceFile("b.txt", "甲".getBytes(StandardCharsets.UTF_8)));
		String hash = DocumentSource.contentHash(one, "v1");
		assertThat(DocumentSource.contentHash(one, "v1")).isEqualTo(hash);
		assertThat(DocumentSource.contentHash(edited, "v1")).isNotEqualTo(hash);
		assertThat(DocumentSource.contentHash(renamed, "v1")).isNotEqualTo(hash);
		assertThat(DocumentSource.contentHash(one, "v2")).isNotEqualTo(hash);
	}

	@Test
	void builtInKnowledgeBaseLoadsFromTheClasspath() {
		List<SourceFile> files = DocumentSource.builtIn().load();
		assertThat(files).hasSize(3);
		Ingestion.Result result = new Ingestion().ingest(files);
		assertThat(result.documents()).extracting(Ingestion.DocumentInfo::doc)
			.containsExactlyInAnyOrder("将法〔2021〕17号", "将法〔2024〕13号", "将法〔2024〕4号");
	}

	private static byte[] docx(List<String> paragraphs) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String p : paragraphs) {
				doc.createParagraph().createRun().setText(p);
			}
			doc.write(out);
			return out.toByteArray();
		}
	}

}
