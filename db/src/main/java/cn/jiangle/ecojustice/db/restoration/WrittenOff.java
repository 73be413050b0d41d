package cn.jiangle.ecojustice.db.restoration;

/** A 林业局 officer confirmed a submission: its certificates are written off. */
public record WrittenOff(WriteOffSubmission submission) {
}
