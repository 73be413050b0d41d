package cn.jiangle.ecojustice.bot.wecom;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.jiangle.ecojustice.bot.messages.CustomerUnreachable;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/** Records the {@link CustomerUnreachable} events the channel publishes (as the defendants' listener would get them). */
class UnreachableCustomers {

	final List<CustomerUnreachable> published = new CopyOnWriteArrayList<>();

	@EventListener
	void on(CustomerUnreachable event) {
		published.add(event);
	}

	List<CustomerUnreachable> of(String externalUserId) {
		return published.stream().filter(e -> e.externalUserId().equals(externalUserId)).toList();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		UnreachableCustomers unreachableCustomers() {
			return new UnreachableCustomers();
		}

	}

}
