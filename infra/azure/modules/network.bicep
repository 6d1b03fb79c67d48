// The virtual network the app and its database share, so PostgreSQL has no public endpoint at all.
// The app's subnet is delegated to Container Apps (workload profiles environment), the database's to PostgreSQL
// Flexible Server, and a private DNS zone resolves the server's name inside the network.

@description('Azure region.')
param location string

@description('Prefix of every resource name.')
param baseName string

@description('The network\'s address space; the two subnets are carved from it.')
param addressPrefix string = '10.40.0.0/16'

var appsSubnetName = 'apps'
var databaseSubnetName = 'database'

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: '${baseName}-vnet'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [addressPrefix]
    }
    subnets: [
      {
        name: appsSubnetName
        properties: {
          addressPrefix: cidrSubnet(addressPrefix, 23, 0)
          delegations: [
            {
              name: 'container-apps'
              properties: {
                serviceName: 'Microsoft.App/environments'
              }
            }
          ]
        }
      }
      {
        name: databaseSubnetName
        properties: {
          addressPrefix: cidrSubnet(addressPrefix, 24, 2)
          delegations: [
            {
              name: 'postgresql'
              properties: {
                serviceName: 'Microsoft.DBforPostgreSQL/flexibleServers'
              }
            }
          ]
        }
      }
    ]
  }
}

// Flexible Server requires a zone whose name ends in .postgres.database.azure.com.
resource postgresDnsZone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: '${baseName}.private.postgres.database.azure.com'
  location: 'global'
}

resource postgresDnsLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = {
  parent: postgresDnsZone
  name: '${baseName}-vnet'
  location: 'global'
  properties: {
    registrationEnabled: false
    virtualNetwork: {
      id: vnet.id
    }
  }
}

output appsSubnetId string = resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, appsSubnetName)
output databaseSubnetId string = resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, databaseSubnetName)
// A module's outputs exist once all of it is deployed, so the server that uses them comes after the zone's link.
output postgresDnsZoneId string = postgresDnsZone.id
