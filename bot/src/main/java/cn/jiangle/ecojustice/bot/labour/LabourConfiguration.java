package cn.jiangle.ecojustice.bot.labour;

import cn.jiangle.ecojustice.db.labour.CheckInRules;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the 劳役代偿 settings for both sides (officers here, the defendant desk) and hands the check-in rules
 * among them to the database layer, which enforces them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LabourProperties.class)
class LabourConfiguration {

	@Bean
	CheckInRules checkInRules(LabourProperties properties) {
		return properties.checkInRules();
	}

}
