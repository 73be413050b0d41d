package cn.jiangle.ecojustice.db.restoration;

/** The manager submitted items to the forestry bureau: its officers get the submission to confirm. */
public record WriteOffSubmitted(WriteOffSubmission submission) {
}
