package cn.jiangle.ecojustice.bot.conversation;

import cn.jiangle.ecojustice.db.conversation.ConversationStates;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

// the db storage API is imported rather than component-scanned, like the db module's other APIs
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConversationProperties.class)
@Import(ConversationStates.class)
class ConversationConfiguration {

}
