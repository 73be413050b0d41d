package cn.jiangle.ecojustice.jobs.reminders;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import cn.jiangle.ecojustice.db.outbox.OutboundMessage.Destination;
import cn.jiangle.ecojustice.jobs.reminders.ReminderProperties.Group;

/** The configured liaison groups (联络组), found by key or by the name officers use. */
public final class LiaisonGroups {

	private final Map<String, Group> byKey;

	LiaisonGroups(Map<String, Group> groups) {
		this.byKey = new TreeMap<>(groups);
	}

	/** The group's key for a key or a name (也接受省略「联络组」: 林业局 → 林业局联络组). */
	public String keyOf(String keyOrName) {
		String wanted = keyOrName == null ? "" : keyOrName.strip();
		if (this.byKey.containsKey(wanted)) {
			return wanted;
		}
		for (Map.Entry<String, Group> entry : this.byKey.entrySet()) {
			String name = entry.getValue().name();
			if (name.equals(wanted) || name.equals(wanted + "联络组") || name.equals(wanted + "群")) {
				return entry.getKey();
			}
		}
		throw new UnknownGroup(wanted, names());
	}

	/**
	 * The group a text starts with, and the rest: 「林业局联络组 报送进展」 and 「林业局 报送进展」 give the forestry group and
	 * 「报送进展」; a name run into more words (「基金管理委员会会议」) names the group and stays in the rest, as the subject.
	 */
	public Optional<Leading> leading(String text) {
		String wanted = text == null ? "" : text.strip();
		Leading best = null;
		int bestLength = 0;
		for (Map.Entry<String, Group> entry : this.byKey.entrySet()) {
			String name = entry.getValue().name();
			String stem = name.replaceFirst("(联络组|群)$", "");
			for (String said : List.of(name, stem, entry.getKey())) {
				if (said.isEmpty() || said.length() <= bestLength || !wanted.startsWith(said)) {
					continue;
				}
				String after = wanted.substring(said.length());
				boolean separate = after.isEmpty() || Character.isWhitespace(after.charAt(0))
						|| after.charAt(0) == '，' || after.charAt(0) == ',';
				if (!separate && !said.equals(stem)) {
					continue;
				}
				best = new Leading(entry.getKey(), separate ? after.replaceFirst("^[\\s，,]+", "").strip() : wanted);
				bestLength = said.length();
			}
		}
		return Optional.ofNullable(best);
	}

	/** A group found at the start of a text, and what follows (or the whole text, when the name is part of it). */
	public record Leading(String key, String rest) {
	}

	public Optional<Group> find(String key) {
		return Optional.ofNullable(this.byKey.get(key));
	}

	/** The group's name, or the key itself when the group was removed from the configuration. */
	public String nameOf(String key) {
		return find(key).map(Group::name).orElse(key);
	}

	public List<String> names() {
		return this.byKey.values().stream().map(Group::name).toList();
	}

	public Map<String, Group> all() {
		return Map.copyOf(this.byKey);
	}

	static Destination destination(Group group) {
		return group.webhookKey() != null && !group.webhookKey().isBlank() ? Destination.ROBOT : Destination.APP_CHAT;
	}

	static String recipient(Group group) {
		return destination(group) == Destination.ROBOT ? group.webhookKey() : group.chatId();
	}

}
