package cn.jiangle.ecojustice.bot.wecom;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SafeXmlTests {

	@Test
	void readsWeComsFlatFields() {
		Map<String, String> fields = parse("""
				<xml><ToUserName><![CDATA[ww1]]></ToUserName><CreateTime>1348831860</CreateTime>
				<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[罪名 <b>&amp; ]]></Content>
				<SelectedItems><SelectedItem><QuestionKey>q</QuestionKey></SelectedItem></SelectedItems></xml>""");
		assertThat(fields).containsEntry("ToUserName", "ww1")
			.containsEntry("CreateTime", "1348831860")
			.containsEntry("Content", "罪名 <b>&amp;")
			.containsEntry("SelectedItems", "q");
	}

	@Test
	void refusesExternalEntities() {
		assertThatThrownBy(() -> parse("""
				<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
				<xml><Content>&xxe;</Content></xml>""")).isInstanceOf(CallbackRejected.Malformed.class);
	}

	@Test
	void refusesEntityExpansion() {
		assertThatThrownBy(() -> parse("""
				<!DOCTYPE xml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
				<xml><Content>&b;</Content></xml>""")).isInstanceOf(CallbackRejected.Malformed.class);
	}

	@Test
	void refusesAnyDoctypeEvenHarmless() {
		assertThatThrownBy(() -> parse("<!DOCTYPE xml><xml><A>1</A></xml>"))
			.isInstanceOf(CallbackRejected.Malformed.class);
	}

	@Test
	void refusesBrokenXml() {
		assertThatThrownBy(() -> parse("<xml><A>1</xml>")).isInstanceOf(CallbackRejected.Malformed.class);
		assertThatThrownBy(() -> parse("")).isInstanceOf(CallbackRejected.Malformed.class);
		assertThatThrownBy(() -> parse("{\"json\": true}")).isInstanceOf(CallbackRejected.Malformed.class);
	}

	private static Map<String, String> parse(String xml) {
		return SafeXml.fields(xml.getBytes(StandardCharsets.UTF_8));
	}

}
