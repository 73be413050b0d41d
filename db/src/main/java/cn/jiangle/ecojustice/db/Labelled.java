package cn.jiangle.ecojustice.db;

import java.util.Optional;

/** An enum constant with a Chinese label, parseable from either the label or the constant's name. */
public interface Labelled {

	/** The Chinese label shown to users. */
	String label();

	/** The constant whose label or name equals {@code text} (stripped), if any. */
	static <E extends Enum<E> & Labelled> Optional<E> find(Class<E> type, String text) {
		if (text == null) {
			return Optional.empty();
		}
		String wanted = text.strip();
		for (E constant : type.getEnumConstants()) {
			if (constant.label().equals(wanted) || constant.name().equalsIgnoreCase(wanted)) {
				return Optional.of(constant);
			}
		}
		return Optional.empty();
	}

}
