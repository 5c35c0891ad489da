package dev.pitlane.customer.customer.domain;

import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.domain.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomerRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"9820012345", "09820012345", "+91 98200 12345", "+91-98200-12345", "(982) 001-2345",
            "0091 9820012345"})
    void indianNumbersInAnyFormatBecomeE164(String typed) {
        assertThat(PhoneNumbers.normalize(typed, "IN")).isEqualTo("+919820012345");
    }

    @Test
    void numbersAreReadInTheOrganizationsRegion() {
        assertThat(PhoneNumbers.normalize("050 123 4567", "AE")).isEqualTo("+971501234567");
        assertThat(PhoneNumbers.normalize("+44 7911 123456", "IN")).isEqualTo("+447911123456");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "abc", "+91 12345", ""})
    void nonNumbersAreRefused(String typed) {
        assertThatThrownBy(() -> PhoneNumbers.normalize(typed, "IN")).isInstanceOf(DomainException.class);
    }

    @Test
    void gstinNeedsShapeStateAndCheckCharacter() {
        assertThat(Gstin.normalize(" 27aapfu0939f1zv ")).isEqualTo("27AAPFU0939F1ZV");
        assertThat(Gstin.checkCharacter("27AAPFU0939F1Z")).isEqualTo('V');
        assertThatThrownBy(() -> Gstin.normalize("27AAPFU0939F1ZA")).hasMessageContaining("check character");
        assertThatThrownBy(() -> Gstin.normalize("27AAPFU0939F1Z")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Gstin.normalize("45AAPFU0939F1ZV")).hasMessageContaining("state code");
    }

    @Test
    void emailsAreLowerCased() {
        assertThat(EmailAddress.normalize(" Priya.Sharma@Example.IN ")).isEqualTo("priya.sharma@example.in");
        assertThatThrownBy(() -> EmailAddress.normalize("priya@")).isInstanceOf(DomainException.class);
    }

    @Test
    void aCustomerIsCheckedWhole() {
        var input = new CustomerInput("individual", "  Priya   Sharma ", "9820012345", "9820012345", "x",
                "27AAPFU0939F1ZV", List.of(new Address(null, "", null, null, null, null, "India")), null, true, null);
        assertThatThrownBy(() -> CustomerDetails.from(input, "IN"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("alternatePhone", "email", "gstin",
                                "addresses[0].country", "addresses[0].line1", "addresses[0].city"));
        var ok = CustomerDetails.from(new CustomerInput("individual", "  Priya   Sharma ", "9820012345", null, null,
                null, null, null, true, null), "IN");
        assertThat(ok.type()).isEqualTo(CustomerType.INDIVIDUAL);
        assertThat(ok.name()).isEqualTo("Priya Sharma");
        assertThat(ok.smsConsent()).isFalse();
        assertThat(ok.emailConsent()).isTrue();
    }
}
