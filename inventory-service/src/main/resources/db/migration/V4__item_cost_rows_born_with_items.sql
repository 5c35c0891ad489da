-- Every item has its cost row from the moment it exists. A posting locks cost rows and then balance rows in one
-- round trip; that order is deadlock-free only if no posting ever has to create a cost row while it holds balance
-- locks. A trigger, so that every way an item is inserted keeps the rule.
INSERT INTO item_costs (organization_id, item_id, valuation_method)
SELECT i.organization_id, i.id, coalesce(s.valuation_method, 'MOVING_AVERAGE')
FROM items i LEFT JOIN organization_settings s ON s.organization_id = i.organization_id
ON CONFLICT DO NOTHING;

CREATE FUNCTION items_create_cost_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO item_costs (organization_id, item_id, valuation_method)
    VALUES (NEW.organization_id, NEW.id, coalesce((SELECT valuation_method FROM organization_settings
                                                   WHERE organization_id = NEW.organization_id), 'MOVING_AVERAGE'))
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END;
$$;

CREATE TRIGGER items_cost_row AFTER INSERT ON items FOR EACH ROW EXECUTE FUNCTION items_create_cost_row();
