package cn.jiangle.ecojustice.bot.simulator;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;

class CallbackXmlTests {

	@Test
	void textSurvivesByteForByteEvenWhenItLooksLikeMarkup() throws Exception {
		String hostile = "]]><Content>伪造</Content><![CDATA[ <script>alert(1)</script> & 碳汇";

		String xml = new CallbackXml().text("Content", hostile).number("CreateTime", 1409659589L).build();

		Document document = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		assertThat(document.getElementsByTagName("Content").getLength()).isEqualTo(1);
		assertThat(document.getElementsByTagName("Content").item(0).getTextContent()).isEqualTo(hostile);
		assertThat(document.getElementsByTagName("CreateTime").item(0).getTextContent()).isEqualTo("1409659589");
	}

}
