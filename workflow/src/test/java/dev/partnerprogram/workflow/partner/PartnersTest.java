package dev.partnerprogram.workflow.partner;

import static dev.partnerprogram.workflow.partner.AccessFixtures.OTHER;
import static dev.partnerprogram.workflow.partner.AccessFixtures.OWN;
import static dev.partnerprogram.workflow.partner.AccessFixtures.company;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.partner.BenefitsService;
import dev.partnerprogram.partner.CertificateService;
import dev.partnerprogram.partner.DesignationKind;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.partner.PartnerService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

class PartnersTest {
    private final PartnerService service = mock(PartnerService.class);
    private final BenefitsService benefits = mock(BenefitsService.class);
    private final CertificateService certificates = mock(CertificateService.class);
    private final Partners partners = new Partners(service, benefits, certificates);

    @Test
    void aPartnerSeesItsOwnCompany_andAnotherOneIsNotFoundWithoutBeingLookedUp() {
        PartnerCompany own = company(OWN, "DRX-P-2026-000020");
        given(service.get(OWN)).willReturn(own);

        assertThat(partners.get(AccessFixtures.partner(), OWN)).isSameAs(own);
        assertThatThrownBy(() -> partners.get(AccessFixtures.partner(), OTHER)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> partners.profile(AccessFixtures.partner(), OTHER)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> partners.benefits(AccessFixtures.partner(), OTHER)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> partners.history(AccessFixtures.partner(), OTHER)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> partners.certificate(AccessFixtures.partner(), OTHER)).isInstanceOf(NotFoundException.class);
        verify(service, never()).get(OTHER);
        verify(service, never()).history(anyLong());
        verifyNoInteractions(benefits, certificates);
    }

    @Test
    void everyKindOfStaffSeesEveryCompany() {
        given(service.get(OTHER)).willReturn(company(OTHER, null));

        for (var staff : List.of(AccessFixtures.reviewer(), AccessFixtures.manager(), AccessFixtures.admin())) {
            assertThat(partners.get(staff, OTHER).getId()).isEqualTo(OTHER);
        }
    }

    @Test
    void ownCompany_isOnlyAPartnerUsersAndStaffAreRefused() {
        given(service.get(OWN)).willReturn(company(OWN, null));

        assertThat(partners.own(AccessFixtures.partner()).getId()).isEqualTo(OWN);
        assertThatThrownBy(() -> partners.own(AccessFixtures.reviewer())).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theCertificateIsNamedByItsNumber_andAUserOfNoCompanyHasNone() {
        given(service.get(OWN)).willReturn(company(OWN, "DRX-P-2026-000020"));
        given(certificates.certificatePdf(OWN)).willReturn(new byte[] {37, 80, 68, 70});

        var certificate = partners.ownCertificate(AccessFixtures.partner());

        assertThat(certificate.fileName()).isEqualTo("certificate-DRX-P-2026-000020.pdf");
        assertThat(certificate.pdf()).containsExactly(37, 80, 68, 70);
        assertThatThrownBy(() -> partners.ownCertificate(AccessFixtures.manager())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theDirectoryIsForAnybody_withTheDesignationsOfTheListedCompanies() {
        var listed = new PageImpl<>(List.of(company(OWN, null), company(OTHER, null)), PageRequest.of(0, 20), 2);
        given(service.directory(PageRequest.of(0, 20))).willReturn(listed);
        given(service.activeDesignations(List.of(OWN, OTHER))).willReturn(Map.of(OWN, List.of(DesignationKind.TRAINING_CENTER)));

        var directory = partners.directory(PageRequest.of(0, 20));

        assertThat(directory.partners()).isSameAs(listed);
        assertThat(directory.designationsOf(OWN)).containsExactly(DesignationKind.TRAINING_CENTER);
        assertThat(directory.designationsOf(OTHER)).isEmpty();
    }
}
