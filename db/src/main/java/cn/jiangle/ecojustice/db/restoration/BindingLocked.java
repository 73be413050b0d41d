package cn.jiangle.ecojustice.db.restoration;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Too many wrong 绑定码 from one WeChat user: binding is refused until {@link #until()}. */
public class BindingLocked extends RestorationRefused {

	private static final DateTimeFormatter BEIJING = DateTimeFormatter.ofPattern("M月d日HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private final Instant until;

	public BindingLocked(Instant until) {
		super("绑定码输入错误次数过多，已暂停绑定，请于" + BEIJING.format(until) + "后再试，或联系承办人。");
		this.until = until;
	}

	public Instant until() {
		return this.until;
	}

}
