package dev.pitlane.platform.sample;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

interface GadgetRepository extends JpaRepository<Gadget, UUID> {

    Optional<Gadget> findByName(String name);
}
