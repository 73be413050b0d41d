package cn.jiangle.ecojustice.bot.conversation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the engine keeps in the state row's data column: the answers, the back-trail (for each answered step, the
 * values it changed as they were before, so 返回 undoes exactly that answer even across loops and skipped steps) and
 * the task id of the card currently shown.
 */
record FlowState(FlowData data, List<TrailEntry> trail, String card, String returnTo) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	record TrailEntry(String step, Map<String, Object> previous) {
	}

	static FlowState start() {
		return new FlowState(FlowData.empty(), List.of(), null, null);
	}

	FlowState answered(String step, FlowData after) {
		List<TrailEntry> longer = new ArrayList<>(trail);
		longer.add(new TrailEntry(step, data.differencesTo(after)));
		return new FlowState(after, List.copyOf(longer), card, returnTo);
	}

	/** The step to return to and the state as it was before that step was answered. */
	TrailEntry last() {
		return trail.get(trail.size() - 1);
	}

	FlowState undoLast() {
		TrailEntry entry = last();
		return new FlowState(data.restore(entry.previous()), List.copyOf(trail.subList(0, trail.size() - 1)), card,
				null);
	}

	FlowState showing(String cardTaskId) {
		return new FlowState(data, trail, cardTaskId, returnTo);
	}

	/** After the next answer, go straight back to {@code step} (set when completion sent the speaker to fix one). */
	FlowState returningTo(String step) {
		return new FlowState(data, trail, card, step);
	}

	String toJson() {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("data", data.asMap());
		List<Map<String, Object>> entries = new ArrayList<>();
		for (TrailEntry entry : trail) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("step", entry.step());
			item.put("previous", entry.previous());
			entries.add(item);
		}
		root.put("trail", entries);
		root.put("card", card);
		root.put("returnTo", returnTo);
		return JSON.writeValueAsString(root);
	}

	@SuppressWarnings("unchecked")
	static FlowState fromJson(String json) {
		Map<String, Object> root = JSON.readValue(json, MAP);
		FlowData data = FlowData.of((Map<String, Object>) root.getOrDefault("data", Map.of()));
		List<TrailEntry> trail = new ArrayList<>();
		for (Object item : (List<Object>) root.getOrDefault("trail", List.of())) {
			Map<String, Object> entry = (Map<String, Object>) item;
			trail.add(new TrailEntry((String) entry.get("step"),
					new LinkedHashMap<>((Map<String, Object>) entry.get("previous"))));
		}
		return new FlowState(data, List.copyOf(trail), (String) root.get("card"), (String) root.get("returnTo"));
	}

}
