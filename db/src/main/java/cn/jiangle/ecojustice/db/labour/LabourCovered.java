package cn.jiangle.ecojustice.db.labour;

/** Confirmed work first reached the amount to offset: acceptance is requested (once per plan). Published in the transaction making the change. */
public record LabourCovered(LabourPlan plan, LabourProgress progress) {
}
