-- Bench data for one organization: ${customers} customers and ${vehicles} vehicles, generated inside PostgreSQL.
-- Deterministic (the same run gives the same rows), realistic Indian and international names, +91 / +44 / +971
-- mobiles, Indian plates (MH02AB1234) and VINs. Runs as the table owner with row-level security not applying.
SET session_replication_role = replica;  -- skip the FK triggers while bulk loading; the data is consistent by construction

INSERT INTO customers (id, organization_id, type, name, phone, email, gstin, sms_consent, email_consent, addresses,
                       created_at, updated_at)
SELECT md5('bench-customer-' || i)::uuid,
       '${org}'::uuid,
       CASE WHEN i % 20 = 0 THEN 'BUSINESS' ELSE 'INDIVIDUAL' END,
       CASE WHEN i % 20 = 0
            THEN (ARRAY['Sharma','Patel','Reddy','Iyer','Kapoor','Mehta','Shah','Nair','Gupta','Singh'])[1 + (i / 20) % 10]
                 || ' ' || (ARRAY['Logistics','Transports','Motors','Traders','Enterprises','Builders','Foods','Travels'])[1 + (i / 200) % 8]
                 || ' ' || (ARRAY['Pvt Ltd','LLP','& Co','Private Limited'])[1 + (i / 1600) % 4]
            WHEN i % 10 = 3
            THEN (ARRAY['James','Olivia','Liam','Emma','Noah','Sophia','Mohammed','Fatima','Chen','Yuki','Lucas','Zoë',
                        'Mateo','Chloé','Ahmed','Aisha','Hans','Léa','José','Søren'])[1 + (i / 10) % 20]
                 || ' ' || (ARRAY['Smith','Johnson','Williams','Brown','Müller','García','Martínez','Al Mansouri','Wang',
                                  'Tanaka','Dubois','Rossi','Novák','O''Brien','Nguyen','Kowalski','Hernández','Schäfer'])[1 + (i / 200) % 18]
            ELSE (ARRAY['Aarav','Vivaan','Aditya','Vihaan','Arjun','Sai','Reyansh','Ayaan','Krishna','Ishaan','Rohan',
                        'Rahul','Amit','Suresh','Rajesh','Vikram','Anil','Sanjay','Deepak','Manoj','Ananya','Diya',
                        'Priya','Saanvi','Aadhya','Kavya','Isha','Pooja','Neha','Sneha','Lakshmi','Meera','Divya',
                        'Anjali','Shreya','Gurpreet','Harpreet','Mohammed','Imran','Farhan'])[1 + (i / 7) % 40]
                 || ' ' || (ARRAY['Sharma','Verma','Patel','Reddy','Iyer','Iyengar','Nair','Menon','Kumar','Singh',
                                  'Gupta','Agarwal','Joshi','Kulkarni','Deshpande','Chatterjee','Banerjee','Mukherjee',
                                  'Das','Bose','Rao','Naidu','Pillai','Shetty','Kamath','Bhat','Khan','Sheikh',
                                  'Qureshi','Fernandes','D''Souza','Pereira','Gill','Sandhu','Dhillon','Chopra',
                                  'Malhotra','Kapoor','Mehta','Shah'])[1 + (i / 280) % 40]
       END,
       CASE WHEN i % 10 = 3 AND i % 20 <> 0
            THEN CASE WHEN i % 2 = 1 THEN '+447' || lpad(((i::bigint * 7919) % 1000000000)::text, 9, '0')
                      ELSE '+9715' || lpad(((i::bigint * 7919) % 100000000)::text, 8, '0') END
            ELSE '+91' || (6000000000 + (i::bigint * 7919) % 3000000000)::text
       END,
       CASE WHEN i % 3 = 0 THEN 'customer' || i || '@example.com' END,
       NULL,
       i % 4 <> 0,
       i % 5 <> 0,
       jsonb_build_array(jsonb_build_object('label', 'HOME', 'line1', (i % 400 + 1) || ' MG Road',
           'city', (ARRAY['Mumbai','Pune','Bengaluru','Chennai','Delhi','Hyderabad','Ahmedabad','Kochi'])[1 + i % 8],
           'country', 'IN')),
       now() - make_interval(days => i % 2000),
       now() - make_interval(days => i % 2000)
FROM generate_series(1, ${customers}) AS i;

INSERT INTO vehicles (id, organization_id, customer_id, vin, registration_number, make, model, year, fuel, status,
                      odometer_km, created_at, updated_at)
SELECT md5('bench-vehicle-' || v)::uuid,
       '${org}'::uuid,
       md5('bench-customer-' || (1 + (v - 1) % ${customers}))::uuid,
       (ARRAY['MA3','MAL','MAT','MA1','MAK','MBJ','MZB'])[1 + v % 7]
           || (ARRAY['EWDES','FC41S','BU2CT','TA2DL','GM65H','JB3EX','HA81K'])[1 + v % 7] || '0'
           || (ARRAY['L','M','N','P','R','S','T'])[1 + (v / 7) % 7]
           || lpad(v::text, 7, '0'),
       (ARRAY['MH','KA','DL','TN','GJ','UP','HR','TS','KL','RJ'])[1 + (s % 10)::int]
           || lpad((1 + (s / 10) % 50)::text, 2, '0')
           || chr(65 + ((s / 500) % 26)::int) || chr(65 + ((s / 13000) % 26)::int)
           || lpad((1 + s / 338000)::text, 4, '0'),
       (ARRAY['Maruti Suzuki','Hyundai','Tata','Mahindra','Honda','Toyota','Kia'])[1 + v % 7],
       (ARRAY['Swift','Creta','Nexon','XUV700','City','Innova Crysta','Seltos'])[1 + v % 7],
       2010 + v % 15,
       (ARRAY['PETROL','DIESEL','CNG','ELECTRIC','PETROL','DIESEL'])[1 + v % 6],
       'ACTIVE',
       ((v::bigint * 37) % 150000)::int,
       now() - make_interval(days => v % 2000),
       now() - make_interval(days => v % 2000)
FROM (SELECT v, (v::bigint * 7919) % 3379662000 AS s FROM generate_series(1, ${vehicles}) AS v) AS g;

INSERT INTO vehicle_ownerships (organization_id, vehicle_id, customer_id, started_at)
SELECT organization_id, id, customer_id, created_at FROM vehicles WHERE organization_id = '${org}'::uuid;

SET session_replication_role = origin;
ANALYZE customers;
ANALYZE vehicles;
ANALYZE vehicle_ownerships;
