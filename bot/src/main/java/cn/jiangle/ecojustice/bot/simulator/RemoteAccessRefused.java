package cn.jiangle.ecojustice.bot.simulator;

/** A request to the simulator from another machine while {@code ecojustice.simulator.allow-remote} is off. */
final class RemoteAccessRefused extends RuntimeException {

	RemoteAccessRefused() {
		super("模拟器只接受本机访问（如需从其他机器访问，请设置 ecojustice.simulator.allow-remote=true）", null, false, false);
	}

}
