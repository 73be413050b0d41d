package cn.jiangle.ecojustice.db.crypto;

import java.util.List;
import java.util.Set;

/**
 * Every column sealed with {@link FieldCipher}: the features seal and open with these, and re-encryption after a key
 * rotation walks exactly this list. A new sealed column is added here (and to db/README.md) or it is missed by
 * rotation.
 * <p>
 * Row identity: the primary key where it is known before the value is written; {@code wecom_inbound_event} uses its
 * unique dedupe key (the callback path writes the row in one INSERT, before its id exists). Rows with an
 * auto-increment id and no such key ({@code party}, {@code outbox_message}, {@code qa_answer}, {@code reminder},
 * {@code reminder_series}) are inserted with the
 * sealed columns empty and get them by an UPDATE in the same transaction, once the id is known.
 */
public final class SealedColumns {

	public static final SealedColumn PARTY_ID_CARD = new SealedColumn("party", "id_card_sealed", "id", "id", true);

	public static final SealedColumn PARTY_PHONE = new SealedColumn("party", "phone_sealed", "id", "id", true);

	/** Row key {@code <channel>:<user_id>}. */
	public static final SealedColumn CONVERSATION_DATA = new SealedColumn("conversation_state", "data",
			"CONCAT(channel, ':', user_id)", "CONCAT(channel, ':', user_id) COLLATE utf8mb4_bin", false);

	public static final SealedColumn INBOUND_CONTENT = new SealedColumn("wecom_inbound_event", "content",
			"dedupe_key", "id", true);

	public static final SealedColumn INBOUND_EVENT_KEY = new SealedColumn("wecom_inbound_event", "event_key",
			"dedupe_key", "id", true);

	public static final SealedColumn INBOUND_SCENE_PARAM = new SealedColumn("wecom_inbound_event", "scene_param",
			"dedupe_key", "id", true);

	public static final SealedColumn OUTBOX_BODY = new SealedColumn("outbox_message", "body", "id", "id", true);

	public static final SealedColumn QA_QUESTION = new SealedColumn("qa_answer", "question", "id", "id", true);

	public static final SealedColumn QA_REPLY = new SealedColumn("qa_answer", "reply", "id", "id", true);

	public static final SealedColumn QA_FEEDBACK_REASON = new SealedColumn("qa_feedback", "reason", "answer_id",
			"answer_id", true);

	public static final SealedColumn QA_CONTEXT = new SealedColumn("qa_context", "context", "officer_userid",
			"officer_userid", false);

	/** 智能机器人 answers: the opening that names the asker and quotes the question, and the answer; row key the stream id. */
	public static final SealedColumn AIBOT_HEADER = new SealedColumn("wecom_aibot_reply", "header", "reply_key",
			"reply_key", false);

	public static final SealedColumn AIBOT_CONTENT = new SealedColumn("wecom_aibot_reply", "content", "reply_key",
			"reply_key", false);

	/** Free text of a reminder (what to do, a meeting's agenda), as typed in chat. */
	public static final SealedColumn REMINDER_SUBJECT = new SealedColumn("reminder", "subject", "id", "id", true);

	public static final SealedColumn REMINDER_SERIES_SUBJECT = new SealedColumn("reminder_series", "subject", "id",
			"id", true);

	/** 劳役代偿: the defendant's hardship reason (may tell of illness or poverty). */
	public static final SealedColumn LABOUR_HARDSHIP_REASON = new SealedColumn("labour_application", "hardship_reason",
			"id", "id", true);

	/** A check-in part waiting for its pair: "lat,lon" or the photo as base64; row key {@code <party_id>:<kind>}. */
	public static final SealedColumn LABOUR_PART_PAYLOAD = new SealedColumn("labour_check_in_part", "payload",
			"CONCAT(party_id, ':', kind)", "CONCAT(party_id, ':', kind) COLLATE utf8mb4_bin", false);

	/** Where the defendant checked in, "lat,lon"; row key {@code <party_id>:<day>} (the unique key, known before the insert). */
	public static final SealedColumn LABOUR_CHECK_IN_LOCATION = new SealedColumn("labour_check_in", "location",
			"CONCAT(party_id, ':', day)", "id", true);

	/** The check-in photo as base64. */
	public static final SealedColumn LABOUR_CHECK_IN_PHOTO = new SealedColumn("labour_check_in_photo", "photo",
			"check_in_id", "check_in_id", true);

	public static final List<SealedColumn> ALL = List.of(PARTY_ID_CARD, PARTY_PHONE, CONVERSATION_DATA,
			INBOUND_CONTENT, INBOUND_EVENT_KEY, INBOUND_SCENE_PARAM, OUTBOX_BODY, QA_QUESTION, QA_REPLY,
			QA_FEEDBACK_REASON, QA_CONTEXT, AIBOT_HEADER, AIBOT_CONTENT, REMINDER_SUBJECT, REMINDER_SERIES_SUBJECT,
			LABOUR_HARDSHIP_REASON, LABOUR_PART_PAYLOAD, LABOUR_CHECK_IN_LOCATION, LABOUR_CHECK_IN_PHOTO);

	/**
	 * Columns whose values may be megabytes (photos as base64): re-encryption reads them {@link #LARGE_BATCH} rows at
	 * a time whatever batch size it was given, so a run never holds hundreds of photos in memory.
	 */
	public static final Set<SealedColumn> LARGE = Set.of(LABOUR_PART_PAYLOAD, LABOUR_CHECK_IN_PHOTO);

	public static final int LARGE_BATCH = 10;

	private SealedColumns() {
	}

}
