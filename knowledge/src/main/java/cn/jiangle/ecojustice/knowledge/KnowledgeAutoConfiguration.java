package cn.jiangle.ecojustice.knowledge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Provides the {@link KnowledgeBase} bean. The chat model is built only when {@code ecojustice.knowledge.chat.base-url}
 * is set; without one the application starts and answers extractively.
 */
@AutoConfiguration
@EnableConfigurationProperties(KnowledgeProperties.class)
public class KnowledgeAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(KnowledgeAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	KnowledgeBase knowledgeBase(KnowledgeProperties properties) {
		ChatModel chatModel = properties.chat().enabled() ? OpenAiCompatibleChat.create(properties.chat()) : null;
		KnowledgeBase knowledgeBase = KnowledgeBase.open(properties, chatModel);
		log.info("Knowledge base ready: {} chunks from {}, answers {}", knowledgeBase.index().info().chunks(),
				knowledgeBase.index().info().source(), chatModel == null ? "extractive (no chat model configured)"
						: "by chat model " + properties.chat().model() + " with extractive fallback");
		return knowledgeBase;
	}

}
