package cn.jiangle.ecojustice.bot.simulator;

/**
 * Builds WeCom's flat callback XML ({@code <xml><Name><![CDATA[value]]></Name>…</xml>}). Text goes into CDATA with
 * any {@code ]]>} split across two sections, so whatever a user types arrives byte for byte and cannot break out of
 * its element.
 */
final class CallbackXml {

	private final StringBuilder xml = new StringBuilder("<xml>");

	CallbackXml text(String name, String value) {
		xml.append('<').append(name).append("><![CDATA[").append(value.replace("]]>", "]]]]><![CDATA[>"))
			.append("]]></").append(name).append('>');
		return this;
	}

	CallbackXml number(String name, long value) {
		xml.append('<').append(name).append('>').append(value).append("</").append(name).append('>');
		return this;
	}

	String build() {
		return xml + "</xml>";
	}

}
