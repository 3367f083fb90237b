package dev.partnerprogram.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The committee decides once either side has a majority of its members, or once everyone has voted. */
class CommitteeTallyTest {

    @Test
    void threeMembers_twoVotesDecideEitherWay() {
        assertThat(new UpgradeService.Tally(1, 0, 3, 2).decided()).isFalse();
        assertThat(new UpgradeService.Tally(1, 1, 3, 2).decided()).isFalse();
        assertThat(new UpgradeService.Tally(2, 0, 3, 2)).matches(UpgradeService.Tally::decided).matches(UpgradeService.Tally::approved);
        assertThat(new UpgradeService.Tally(0, 2, 3, 2)).matches(UpgradeService.Tally::decided).matches(t -> !t.approved());
        assertThat(new UpgradeService.Tally(2, 1, 3, 2).approved()).isTrue();
    }

    @Test
    void anEvenCommitteeSplitInHalf_hasDecidedAgainst() {
        var split = new UpgradeService.Tally(2, 2, 4, 3);

        assertThat(split.decided()).isTrue();
        assertThat(split.approved()).isFalse();
    }
}
