package cn.jiangle.ecojustice.jobs.modularityprobe;

import cn.jiangle.ecojustice.bot.EcoJusticeApplication;

/**
 * A deliberate violation of the module graph (jobs must not use the bot), for ModularityTests to prove its rule fails
 * on one. Test code only: production class imports exclude it.
 */
public final class JobReachingIntoTheBot {

	private JobReachingIntoTheBot() {
	}

	static Class<?> reachIn() {
		return EcoJusticeApplication.class;
	}

}
