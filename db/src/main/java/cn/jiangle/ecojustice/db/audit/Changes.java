package cn.jiangle.ecojustice.db.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a change did, field by field, written to the ledger as canonical JSON:
 * {@code {"stage":{"from":"TRIAL","to":"ENFORCEMENT"}}}. Sensitive fields are recorded only as masked markers.
 * Fields keep insertion order; the JSON is ASCII-safe for control characters and lone surrogates so it round-trips
 * byte for byte through the database.
 */
public final class Changes {

	/** Stands for a sensitive value (身份证号, phone) in the ledger. */
	public static final String MASKED = "***";

	private final Map<String, Object[]> fields = new LinkedHashMap<>();

	private Changes() {
	}

	public static Changes of() {
		return new Changes();
	}

	/** Records a field set on creation: {@code {"field":{"to":value}}}. */
	public Changes set(String field, Object value) {
		this.fields.put(field, new Object[] { value });
		return this;
	}

	/** Records a changed field; no entry when {@code from} equals {@code to}. */
	public Changes change(String field, Object from, Object to) {
		if (!Objects.equals(normalise(from), normalise(to))) {
			this.fields.put(field, new Object[] { from, to });
		}
		return this;
	}

	/** Records a sensitive field set on creation, masked. */
	public Changes setSensitive(String field, Object value) {
		return set(field, mask(value));
	}

	/** Records a sensitive field change, masked, when the value changed. */
	public Changes changeSensitive(String field, Object from, Object to) {
		if (!Objects.equals(from, to)) {
			this.fields.put(field, new Object[] { mask(from), mask(to) });
		}
		return this;
	}

	public boolean isEmpty() {
		return this.fields.isEmpty();
	}

	private static Object mask(Object value) {
		return (value != null) ? MASKED : null;
	}

	private static Object normalise(Object value) {
		// 12.5 and 12.50 are the same amount
		return (value instanceof BigDecimal decimal) ? decimal.stripTrailingZeros() : value;
	}

	/** The canonical JSON text. */
	public String toJson() {
		StringBuilder json = new StringBuilder("{");
		Iterator<Map.Entry<String, Object[]>> entries = this.fields.entrySet().iterator();
		while (entries.hasNext()) {
			Map.Entry<String, Object[]> entry = entries.next();
			string(json, entry.getKey());
			json.append(':');
			Object[] values = entry.getValue();
			if (values.length == 1) {
				json.append("{\"to\":");
				value(json, values[0]);
			}
			else {
				json.append("{\"from\":");
				value(json, values[0]);
				json.append(",\"to\":");
				value(json, values[1]);
			}
			json.append('}');
			if (entries.hasNext()) {
				json.append(',');
			}
		}
		return json.append('}').toString();
	}

	@Override
	public String toString() {
		return toJson();
	}

	private static void value(StringBuilder json, Object value) {
		if (value == null) {
			json.append("null");
		}
		else if (value instanceof Boolean bool) {
			json.append(bool);
		}
		else if (value instanceof Integer || value instanceof Long) {
			json.append(value);
		}
		else if (value instanceof BigDecimal decimal) {
			// exact amounts as strings: no floating point on the reading side
			string(json, decimal.toPlainString());
		}
		else if (value instanceof Enum<?> constant) {
			string(json, constant.name());
		}
		else if (value instanceof Instant instant) {
			string(json, instant.toString());
		}
		else if (value instanceof Collection<?> collection) {
			json.append('[');
			Iterator<?> items = collection.iterator();
			while (items.hasNext()) {
				value(json, items.next());
				if (items.hasNext()) {
					json.append(',');
				}
			}
			json.append(']');
		}
		else {
			string(json, value.toString());
		}
	}

	private static void string(StringBuilder json, String text) {
		json.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> {
					boolean loneSurrogate = Character.isSurrogate(c) && !(Character.isHighSurrogate(c)
							&& i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))
							&& !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
					if (c < 0x20 || c == 0x7f || loneSurrogate) {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		json.append('"');
	}

}
