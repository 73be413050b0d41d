package cn.jiangle.ecojustice.knowledge;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.Prompt;

/** A chat model stand-in that records every prompt and answers with a fixed function. */
final class CountingChatModel implements ChatModel {

	private final Function<String, String> reply;

	private final List<String> prompts = new CopyOnWriteArrayList<>();

	CountingChatModel(Function<String, String> reply) {
		this.reply = reply;
	}

	@Override
	public ChatResponse call(Prompt prompt) {
		String text = prompt.getContents();
		prompts.add(text);
		return new ChatResponse(List.of(new Generation(new AssistantMessage(reply.apply(text)))));
	}

	int calls() {
		return prompts.size();
	}

	List<String> prompts() {
		return prompts;
	}

}
