package cn.jiangle.ecojustice.db.restoration;

import java.util.List;

import cn.jiangle.ecojustice.db.Actor;

/** 碳汇核销: certificates' items, batched by the manager, confirmed by the forestry bureau. */
public class WriteOffs {

	WriteOffs() {
	}

	public List<WriteOffItem> open() {
		throw new UnsupportedOperationException("not yet");
	}

	public WriteOffSubmission submit(List<Long> itemIds, Actor actor) {
		throw new UnsupportedOperationException("not yet");
	}

	public WriteOffSubmission confirm(long submissionId, Actor actor) {
		throw new UnsupportedOperationException("not yet");
	}

	public WriteOffSubmission get(long submissionId) {
		throw new UnsupportedOperationException("not yet");
	}

	/** Submissions the forestry bureau has not confirmed yet, oldest first. */
	public List<WriteOffSubmission> awaitingConfirmation() {
		throw new UnsupportedOperationException("not yet");
	}

}
