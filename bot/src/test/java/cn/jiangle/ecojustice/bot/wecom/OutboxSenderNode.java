package cn.jiangle.ecojustice.bot.wecom;

import cn.jiangle.ecojustice.bot.EcoJusticeApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * A second application node in a JVM of its own, for tests that kill a node mid-send: the whole application with its
 * settings from SPRING_APPLICATION_JSON (database, WeCom, short timeouts). Prints {@value #READY} once started, then
 * runs until killed.
 */
public final class OutboxSenderNode {

	static final String READY = "OUTBOX-SENDER-NODE-READY";

	private OutboxSenderNode() {
	}

	public static void main(String[] args) {
		new SpringApplicationBuilder(EcoJusticeApplication.class).run(args);
		System.out.println(READY);
		System.out.flush();
	}

}
