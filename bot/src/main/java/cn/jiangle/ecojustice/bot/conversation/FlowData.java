package cn.jiangle.ecojustice.bot.conversation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The answers collected by a flow so far: an immutable map from key to either a text value or a list of records (for
 * repeated groups such as several 被告人). Kept to these two shapes so it round-trips through JSON unchanged.
 */
public final class FlowData {

	private static final FlowData EMPTY = new FlowData(Map.of());

	private final Map<String, Object> values;

	private FlowData(Map<String, Object> values) {
		this.values = values;
	}

	public static FlowData empty() {
		return EMPTY;
	}

	static FlowData of(Map<String, Object> raw) {
		Map<String, Object> copy = new LinkedHashMap<>();
		raw.forEach((key, value) -> copy.put(key, checked(key, value)));
		return new FlowData(Collections.unmodifiableMap(copy));
	}

	public Optional<String> text(String key) {
		return values.get(key) instanceof String s ? Optional.of(s) : Optional.empty();
	}

	/** The text stored under {@code key}; a flow asks for keys its earlier steps stored, so absence is a bug. */
	public String require(String key) {
		return text(key).orElseThrow(() -> new IllegalStateException("flow data has no text '" + key + "'"));
	}

	public boolean has(String key) {
		return values.containsKey(key);
	}

	@SuppressWarnings("unchecked")
	public List<Map<String, String>> records(String key) {
		return values.get(key) instanceof List<?> list ? (List<Map<String, String>>) list : List.of();
	}

	public FlowData with(String key, String value) {
		return put(key, Objects.requireNonNull(value, "value"));
	}

	public FlowData without(String... keys) {
		Map<String, Object> copy = new LinkedHashMap<>(values);
		for (String key : keys) {
			copy.remove(key);
		}
		return new FlowData(Collections.unmodifiableMap(copy));
	}

	/** Appends one record to the list under {@code key}. */
	public FlowData append(String key, Map<String, String> record) {
		List<Map<String, String>> list = new ArrayList<>(records(key));
		list.add(Map.copyOf(record));
		return put(key, List.copyOf(list));
	}

	Map<String, Object> asMap() {
		return values;
	}

	Object raw(String key) {
		return values.get(key);
	}

	/** Restores the given keys to earlier values; a null value means the key was absent. */
	FlowData restore(Map<String, Object> previous) {
		Map<String, Object> copy = new LinkedHashMap<>(values);
		previous.forEach((key, value) -> {
			if (value == null) {
				copy.remove(key);
			}
			else {
				copy.put(key, checked(key, value));
			}
		});
		return new FlowData(Collections.unmodifiableMap(copy));
	}

	/** For each key that differs in {@code after}, its value here (null when absent here). */
	Map<String, Object> differencesTo(FlowData after) {
		Map<String, Object> previous = new LinkedHashMap<>();
		for (String key : values.keySet()) {
			if (!Objects.equals(values.get(key), after.values.get(key))) {
				previous.put(key, values.get(key));
			}
		}
		for (String key : after.values.keySet()) {
			if (!values.containsKey(key)) {
				previous.put(key, null);
			}
		}
		return previous;
	}

	private FlowData put(String key, Object value) {
		Map<String, Object> copy = new LinkedHashMap<>(values);
		copy.put(Objects.requireNonNull(key, "key"), value);
		return new FlowData(Collections.unmodifiableMap(copy));
	}

	private static Object checked(String key, Object value) {
		if (value instanceof String) {
			return value;
		}
		if (value instanceof List<?> list) {
			List<Map<String, String>> records = new ArrayList<>();
			for (Object item : list) {
				if (!(item instanceof Map<?, ?> map)) {
					throw new IllegalArgumentException("flow data '" + key + "' holds a non-record list item");
				}
				Map<String, String> record = new LinkedHashMap<>();
				map.forEach((k, v) -> record.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
				records.add(Collections.unmodifiableMap(record));
			}
			return List.copyOf(records);
		}
		throw new IllegalArgumentException("flow data '" + key + "' must be text or a list of records");
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof FlowData data && values.equals(data.values);
	}

	@Override
	public int hashCode() {
		return values.hashCode();
	}

	@Override
	public String toString() {
		// keys only: values may be 身份证号 or phone numbers and must never reach a log
		return "FlowData" + values.keySet();
	}

}
