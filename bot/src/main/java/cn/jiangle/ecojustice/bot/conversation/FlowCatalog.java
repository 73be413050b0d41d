package cn.jiangle.ecojustice.bot.conversation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The flows offered on one channel, with the principal type its speakers resolve to (an officer on the application
 * channel). Keywords and menu keys must be unique across the catalog.
 */
public final class FlowCatalog<P> {

	private final List<Flow<P>> flows;

	private final Map<String, Flow<P>> byName = new HashMap<>();

	private final Map<String, Flow<P>> byKeyword = new HashMap<>();

	private final Map<String, Flow<P>> byMenuKey = new HashMap<>();

	public FlowCatalog(List<Flow<P>> flows) {
		this.flows = List.copyOf(flows);
		for (Flow<P> flow : this.flows) {
			unique(byName, flow.name(), flow, "name");
			for (String keyword : flow.keywords()) {
				unique(byKeyword, Commands.normalise(keyword), flow, "keyword");
			}
			if (flow.menuKey() != null) {
				unique(byMenuKey, flow.menuKey(), flow, "menu key");
			}
		}
	}

	private static <P> void unique(Map<String, Flow<P>> index, String key, Flow<P> flow, String what) {
		Flow<P> previous = index.putIfAbsent(key, flow);
		if (previous != null) {
			throw new IllegalArgumentException(
					"flows " + previous.name() + " and " + flow.name() + " share the " + what + " " + key);
		}
	}

	public List<Flow<P>> flows() {
		return flows;
	}

	Optional<Flow<P>> named(String name) {
		return Optional.ofNullable(byName.get(name));
	}

	/** The flow a turn starts, if it is one of the keywords or menu keys. */
	Optional<Flow<P>> startedBy(Turn turn) {
		if (turn instanceof Turn.Text text) {
			return Optional.ofNullable(byKeyword.get(Commands.normalise(text.text())));
		}
		if (!(turn instanceof Turn.Button button)) {
			return Optional.empty();
		}
		return button.taskId() == null ? Optional.ofNullable(byMenuKey.get(button.key())) : Optional.empty();
	}

}
