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
