// Azure Database for PostgreSQL Flexible Server, reachable only from inside the virtual network, with the CRM's
// database. The app connects with the administrator login over TLS (the server requires it).

@description('Azure region.')
param location string

@description('Prefix of every resource name.')
param baseName string

@description('The subnet delegated to PostgreSQL Flexible Server.')
param subnetId string

@description('The private DNS zone (….postgres.database.azure.com) linked to the network.')
param privateDnsZoneId string

@description('The administrator login.')
param administratorLogin string

@description('The administrator password. Required when the server is created; leave empty later to keep it.')
@secure()
param administratorPassword string

@description('PostgreSQL major version. The project\'s tests run on 15.')
param version string

@description('Compute size, e.g. Standard_B1ms (Burstable) or Standard_D2ds_v5 (GeneralPurpose).')
param skuName string

@description('The tier skuName belongs to.')
@allowed(['Burstable', 'GeneralPurpose', 'MemoryOptimized'])
param skuTier string

@description('Storage in GiB.')
param storageSizeGB int

@description('The CRM database\'s name.')
param databaseName string

resource server 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: '${baseName}-pg-${uniqueString(resourceGroup().id)}'
  location: location
  sku: {
    name: skuName
    tier: skuTier
  }
  properties: {
    version: version
    administratorLogin: administratorLogin
    // Sent only when given, so a later deployment without it leaves the password as it is.
    administratorLoginPassword: empty(administratorPassword) ? null : administratorPassword
    storage: {
      storageSizeGB: storageSizeGB
      autoGrow: 'Enabled'
    }
    backup: {
      backupRetentionDays: 14
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
    network: {
      delegatedSubnetResourceId: subnetId
      privateDnsZoneArmResourceId: privateDnsZoneId
      publicNetworkAccess: 'Disabled'
    }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: server
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

output fullyQualifiedDomainName string = server.properties.fullyQualifiedDomainName
output databaseName string = database.name
