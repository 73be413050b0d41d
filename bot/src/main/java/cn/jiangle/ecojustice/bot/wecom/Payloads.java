package cn.jiangle.ecojustice.bot.wecom;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON the channel stores in the outbox for messages that are not plain text: a template card for the
 * application, a click menu for 微信客服. Kept independent of WxJava's classes so stored rows survive a library upgrade.
 */
final class Payloads {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Payloads() {
	}

	record Card(String title, String description, String taskId, List<Button> buttons) {
	}

	record Button(String key, String text) {
	}

	record Menu(String head, List<MenuItem> items, String tail) {
	}

	record MenuItem(String id, String text) {
	}

	/**
	 * What an IMAGE, FILE or LOCATION message carries, stored (sealed) in the inbound row's content column: the media
	 * id and file name, or the coordinates and the place's label — personal data like the text of a message.
	 */
	record Attachment(String mediaId, String fileName, Double latitude, Double longitude, String label) {

		static Attachment media(String mediaId, String fileName) {
			return new Attachment(mediaId, fileName, null, null, null);
		}

		static Attachment location(double latitude, double longitude, String label) {
			return new Attachment(null, null, latitude, longitude, label);
		}

	}

	/** An image or file to upload and send: the name and the bytes in base64 (the row is sealed like any body). */
	record Media(String fileName, String base64) {
	}

	/** A 微信客服 hand-over (kf/service_state/trans) to a servicer. */
	record Trans(int serviceState, String servicerUserid) {
	}

	static String write(Object payload) {
		return JSON.writeValueAsString(payload);
	}

	static <T> T read(String json, Class<T> type) {
		return JSON.readValue(json, type);
	}

	/** A menu item id carrying a card button's task id and key (task ids hold no '|', see WeCom's task_id rules). */
	static String menuId(String taskId, String key) {
		return taskId == null ? "|" + key : taskId + "|" + key;
	}

	/** The {taskId, key} a menu id carries; taskId null when the card had none. */
	static String[] fromMenuId(String menuId) {
		int bar = menuId.indexOf('|');
		if (bar < 0) {
			return new String[] { null, menuId };
		}
		String taskId = menuId.substring(0, bar);
		return new String[] { taskId.isEmpty() ? null : taskId, menuId.substring(bar + 1) };
	}

}
