package cn.jiangle.ecojustice.knowledge;

import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;

/**
 * Builds the optional chat model from {@link KnowledgeProperties.Chat}: any OpenAI-compatible server (the base URL is
 * used as given plus {@code /chat/completions}); low temperature, bounded retries and a request timeout.
 */
final class OpenAiCompatibleChat {

	private OpenAiCompatibleChat() {
	}

	static ChatModel create(KnowledgeProperties.Chat chat) {
		if (!chat.enabled()) {
			throw new IllegalArgumentException("no chat base URL configured");
		}
		String base = chat.baseUrl().toString().replaceAll("/+$", "");
		OpenAiChatOptions options = OpenAiChatOptions.builder()
			.baseUrl(base)
			// servers such as Ollama need no key, but the client insists on one
			.apiKey(chat.apiKey() == null || chat.apiKey().isBlank() ? "not-needed" : chat.apiKey())
			.model(chat.model())
			.temperature(chat.temperature().doubleValue())
			.timeout(chat.timeout())
			.maxRetries(chat.maxRetries())
			.build();
		return OpenAiChatModel.builder().options(options).build();
	}

}
