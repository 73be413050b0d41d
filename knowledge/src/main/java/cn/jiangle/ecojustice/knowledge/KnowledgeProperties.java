package cn.jiangle.ecojustice.knowledge;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the knowledge base ({@code ecojustice.knowledge.*}).
 *
 * @param documentsDir folder of policy documents (.txt, .md, .docx, .pdf); empty = the built-in three documents
 * @param indexDir where the Lucene index lives; rebuilt there when the documents change
 * @param topK passages returned per question
 * @param maxQuestionLength longer questions are cut to this many characters
 * @param thesaurusFile an edited copy of the domain thesaurus; empty = the built-in one
 * @param chat the optional chat model; without {@code base-url} answers are extractive
 */
@ConfigurationProperties("ecojustice.knowledge")
@Validated
public record KnowledgeProperties(Path documentsDir, @NotNull @DefaultValue("data/index") Path indexDir,
		@Min(1) @Max(10) @DefaultValue("3") int topK, @Min(20) @Max(2000) @DefaultValue("200") int maxQuestionLength,
		Path thesaurusFile, @Valid @NotNull @DefaultValue Chat chat) {

	/** Built-in documents and thesaurus, index under ./data/index, no chat model. */
	public static KnowledgeProperties defaults() {
		return new KnowledgeProperties(null, Path.of("data", "index"), 3, 200, null, Chat.none());
	}

	public KnowledgeProperties withIndexDir(Path dir) {
		return new KnowledgeProperties(documentsDir, dir, topK, maxQuestionLength, thesaurusFile, chat);
	}

	public KnowledgeProperties withDocumentsDir(Path dir) {
		return new KnowledgeProperties(dir, indexDir, topK, maxQuestionLength, thesaurusFile, chat);
	}

	public KnowledgeProperties withChat(Chat chat) {
		return new KnowledgeProperties(documentsDir, indexDir, topK, maxQuestionLength, thesaurusFile, chat);
	}

	/**
	 * An OpenAI-compatible chat model (DeepSeek, Qwen via DashScope compatible mode, Ollama, vLLM …). The base URL is
	 * used as given plus {@code /chat/completions}, so it usually ends in {@code /v1}.
	 *
	 * @param baseUrl e.g. https://api.deepseek.com/v1; empty = no model
	 * @param apiKey the key (never logged)
	 * @param model model name, required with a base URL
	 * @param temperature sampling temperature, kept low for policy answers
	 * @param timeout per request
	 * @param maxRetries retries after a failed request
	 */
	public record Chat(URI baseUrl, String apiKey, String model,
			@NotNull @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.1") BigDecimal temperature,
			@NotNull @DefaultValue("20s") Duration timeout, @Min(0) @Max(3) @DefaultValue("1") int maxRetries) {

		public Chat {
			if (baseUrl != null && (model == null || model.isBlank())) {
				throw new IllegalArgumentException(
						"ecojustice.knowledge.chat.model must be set when ecojustice.knowledge.chat.base-url is set");
			}
			if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
				throw new IllegalArgumentException("ecojustice.knowledge.chat.timeout must be positive");
			}
		}

		public static Chat none() {
			return new Chat(null, null, null, new BigDecimal("0.1"), Duration.ofSeconds(20), 1);
		}

		public boolean enabled() {
			return baseUrl != null;
		}

		@Override
		public String toString() {
			return "Chat[baseUrl=" + baseUrl + ", model=" + model + ", apiKey=" + (apiKey == null ? "none" : "***")
					+ ", temperature=" + temperature + ", timeout=" + timeout + ", maxRetries=" + maxRetries + "]";
		}

	}

}
