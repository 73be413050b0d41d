package cn.jiangle.ecojustice.jobs.reminders;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reminders for liaison groups ({@code ecojustice.reminders.*}, documented in config/application.yml).
 *
 * @param groups liaison groups by key: each a group robot ({@code webhook-key}) or an app group chat
 * ({@code chat-id})
 * @param quietHours {@code HH:mm-HH:mm} in {@code zone} when nothing is pushed; empty for none
 * @param avoidMarks keep pushes a few minutes off :00 and :30 (WeCom's advice); off only for tests
 * @param zone the time zone of quiet hours, workdays and times typed in chat
 * @param holidaysDir folder whose {@code cn-holidays-YYYY.csv} replace or add to the shipped tables; null for none
 * @param holidayNotice tell administrators (once) when the coming year's table is missing; the log warns regardless
 * @param pollInterval how often the clustered poller looks for due pushes
 * @param batchSize pushes claimed per transaction
 * @param lateAfter a push sent later than this after its time (downtime) is marked 补发
 * @param dayTime time of day for pushes about a date (deadlines, repeats)
 * @param seriesHorizon how far ahead occurrences of recurring reminders (每季度/每月) are added, each with its own
 * number and pushes; longer than every kind's earliest push
 * @param kinds timing, groups and escalation per kind
 */
@ConfigurationProperties("ecojustice.reminders")
public record ReminderProperties(Map<String, Group> groups, @DefaultValue("21:00-08:00") String quietHours,
		@DefaultValue("true") boolean avoidMarks, @DefaultValue("Asia/Shanghai") ZoneId zone, Path holidaysDir,
		@DefaultValue("true") boolean holidayNotice, @DefaultValue("1s") Duration pollInterval,
		@DefaultValue("200") int batchSize, @DefaultValue("10m") Duration lateAfter,
		@DefaultValue("09:10") LocalTime dayTime, @DefaultValue("120d") Duration seriesHorizon,
		@DefaultValue Kinds kinds) {

	public ReminderProperties {
		groups = groups == null ? Map.of() : Map.copyOf(groups);
		quietHours = quietHours == null ? "" : quietHours;
		QuietHours.parse(quietHours, zone, avoidMarks);
		positive(pollInterval, "poll-interval");
		positive(lateAfter, "late-after");
		positive(seriesHorizon, "series-horizon");
		Duration earliest = kinds.meeting().before().stream().max(Duration::compareTo).orElse(Duration.ZERO);
		if (seriesHorizon.compareTo(earliest.plusDays(1)) < 0 || seriesHorizon.compareTo(Duration.ofDays(400)) > 0) {
			throw new IllegalArgumentException("ecojustice.reminders.series-horizon must be at least a day longer than "
					+ "the earliest meeting push (" + earliest.toDays() + "d) and at most 400d");
		}
		if (batchSize < 1 || batchSize > 10_000) {
			throw new IllegalArgumentException("ecojustice.reminders.batch-size must be 1..10000");
		}
		groups.forEach((key, group) -> {
			if (group.name() == null || group.name().isBlank()) {
				throw new IllegalArgumentException("ecojustice.reminders.groups." + key + ".name is required");
			}
			boolean robot = group.webhookKey() != null && !group.webhookKey().isBlank();
			boolean chat = group.chatId() != null && !group.chatId().isBlank();
			if (robot == chat) {
				throw new IllegalArgumentException("ecojustice.reminders.groups." + key
						+ ": set exactly one of webhook-key (group robot) and chat-id (app group chat)");
			}
		});
	}

	private static void positive(Duration duration, String name) {
		if (duration == null || duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException("ecojustice.reminders." + name + " must be positive");
		}
	}

	/**
	 * A liaison group (联络组).
	 *
	 * @param name as officers call it, e.g. 林业局联络组
	 * @param webhookKey group robot key (URL: WeCom API base + /cgi-bin/webhook/send?key=…)
	 * @param chatId app group chat id (appchat)
	 * @param members userids of its responsible officers: personal cards, and they may acknowledge
	 */
	public record Group(String name, String webhookKey, String chatId, List<String> members) {

		public Group {
			members = members == null ? List.of() : List.copyOf(members);
		}

	}

	/** Per kind. */
	public record Kinds(@DefaultValue Meeting meeting, @DefaultValue Deadline progressReport,
			@DefaultValue WriteOff writeOff, @DefaultValue Acceptance acceptance) {
	}

	/** Fund committee meetings: pushed to {@code group} the given durations before. */
	public record Meeting(@DefaultValue("committee") String group,
			@DefaultValue({ "7d", "1d", "2h" }) List<Duration> before) {
	}

	/**
	 * Progress reports: due every {@code interval}, a push {@code before} the due date; overdue ones are repeated
	 * every workday up to {@code maxChases} times, climbing {@code escalation}.
	 */
	public record Deadline(@DefaultValue("manager") String group, @DefaultValue("3d") List<Duration> before,
			@DefaultValue("90d") Duration interval, @DefaultValue("court") List<String> escalation,
			@DefaultValue("3") int maxChases) {
	}

	/** 碳汇核销: due {@code workdays} 法定工作日 after the certificate; pushes to all {@code groups}. */
	public record WriteOff(@DefaultValue({ "manager", "forestry" }) List<String> groups,
			@DefaultValue("10") int workdays, @DefaultValue({ "3", "1" }) List<Integer> beforeWorkdays,
			@DefaultValue("court") List<String> escalation, @DefaultValue("5") int maxChases) {
	}

	/** 成果验收: pushes {@code before} the date; overdue escalation. */
	public record Acceptance(@DefaultValue("forestry") String group,
			@DefaultValue({ "30d", "7d", "1d" }) List<Duration> before,
			@DefaultValue({ "court", "committee" }) List<String> escalation, @DefaultValue("3") int maxChases) {
	}

}
