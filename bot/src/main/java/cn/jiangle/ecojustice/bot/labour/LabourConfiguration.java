package cn.jiangle.ecojustice.bot.labour;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Registers the 劳役代偿 settings for both sides (officers here, the defendant desk). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LabourProperties.class)
class LabourConfiguration {

}
