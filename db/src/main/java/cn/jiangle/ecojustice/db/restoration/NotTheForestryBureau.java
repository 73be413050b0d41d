package cn.jiangle.ecojustice.db.restoration;

/** Only active officers of the forestry bureau may confirm a write-off. */
public class NotTheForestryBureau extends RestorationRefused {

	public NotTheForestryBureau() {
		super("只有林业局工作人员可以确认核销。");
	}

}
